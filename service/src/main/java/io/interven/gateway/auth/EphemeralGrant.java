package io.interven.gateway.auth;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What an ephemeral key may scan: the tools (by {@code tool_name}) and verbs of its scope. An empty set stands for
 * any tool, or any verb. Each call it gets through (ALLOW or SANITIZE) uses one of the key's uses
 * ({@link EphemeralUses}); {@code usedUp} is true when none was left as the request arrived.
 */
public record EphemeralGrant(UUID keyId, Set<String> tools, Set<String> verbs, boolean usedUp) {
    /** The {@code kind} of an ephemeral key in {@code api_keys}. */
    public static final String KIND = "ephemeral";

    public EphemeralGrant {
        tools = Set.copyOf(tools);
        verbs = Set.copyOf(verbs);
    }

    static EphemeralGrant of(StoredKey key) {
        return new EphemeralGrant(key.keyId(), split(key.scopeTools(), false), split(key.scopeVerbs(), true),
                key.isUsedUp());
    }

    /** True when a call to {@code toolName} with {@code verb} (READ, WRITE, DELETE) is inside the scope. */
    public boolean allows(String toolName, String verb) {
        return (tools.isEmpty() || tools.contains(toolName.toLowerCase(Locale.ROOT)))
                && (verbs.isEmpty() || verbs.contains(verb.toUpperCase(Locale.ROOT)));
    }

    /** The stored, comma-separated form of a scope list; null for an empty list (any). */
    public static String join(Set<String> values) {
        return values.isEmpty() ? null : values.stream().sorted().collect(Collectors.joining(","));
    }

    private static Set<String> split(String stored, boolean upper) {
        if (stored == null || stored.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(stored.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .map(s -> upper ? s.toUpperCase(Locale.ROOT) : s.toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }
}
