package io.interven.gateway.metrics;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The bounded vocabulary of the {@code tool} label. Tool names come from tool recognizers (or the gateway itself),
 * never from the caller, but plugins do not declare their names in advance: the first {@link #MAX_TOOLS}
 * well-formed names seen are labels of their own, any later or odd-looking name is {@code other}, and a scan that
 * failed before its tool was known is {@code unknown}. A label series can so never grow without bound nor carry
 * anything shaped like a value.
 */
final class ToolLabels {
    static final int MAX_TOOLS = 64;
    static final String UNKNOWN = "unknown";
    static final String OTHER = "other";
    private static final Pattern TOOL_NAME = Pattern.compile("[a-z][a-z0-9_.-]{0,39}");

    private final Set<String> known = ConcurrentHashMap.newKeySet();

    /** The label for {@code toolName} (null when not known). */
    String of(String toolName) {
        if (toolName == null) {
            return UNKNOWN;
        }
        if (known.contains(toolName)) {
            return toolName;
        }
        if (!TOOL_NAME.matcher(toolName).matches()) {
            return OTHER;
        }
        synchronized (known) {
            if (known.size() >= MAX_TOOLS && !known.contains(toolName)) {
                return OTHER;
            }
            known.add(toolName);
        }
        return toolName;
    }
}
