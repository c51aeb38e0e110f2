package io.interven.gateway.logging;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks credentials in a line of log output: the value of any {@code Authorization} / {@code Proxy-Authorization}
 * header however it is printed ({@code Authorization: ...}, {@code authorization=[...]}), {@code Bearer} and
 * {@code Basic} credentials, and Interven keys ({@code iv_live_...}, {@code iv_eph_...}) wherever they stand.
 * Jetty's raw buffer dumps, which abbreviate and may cut a credential, are masked whole.
 * Every pattern is linear (possessive, no nesting), so masking costs one pass per pattern.
 */
public final class CredentialMask {
    static final String MASK = "***";
    private static final List<Rule> RULES = List.of(
            new Rule(Pattern.compile("(?i)(\\b(?:proxy-)?authorization[\"']?+\\s*+[:=]\\s*+\\[?+)[^\\r\\n\\]]++"),
                    "$1" + MASK),
            new Rule(Pattern.compile("(?i)\\b(bearer|basic)(\\s++)[^\\s,;\"'\\]]++"), "$1$2" + MASK),
            new Rule(Pattern.compile("\\biv_(live|eph)_[A-Za-z0-9_-]++"), "iv_$1_" + MASK));

    private record Rule(Pattern pattern, String replacement) {
    }

    /** How Jetty's debug output marks the readable part of a raw buffer: {@code ={...<<<content>>>...}}. */
    static final String DUMP_START = "<<<";
    private static final String DUMP_END = ">>>";
    private static final String DUMP_OPEN = "={";
    private static final char DUMP_CLOSE = '}';

    private CredentialMask() {
    }

    public static String mask(String text) {
        String masked = text.contains(DUMP_START) ? maskBufferDumps(text) : text;
        for (Rule rule : RULES) {
            Matcher matcher = rule.pattern().matcher(masked);
            if (matcher.find()) {
                masked = matcher.replaceAll(rule.replacement());
            }
        }
        return masked;
    }

    /**
     * Raw buffer dumps are abbreviated ({@code ...} in the middle), so a credential may appear cut, without the
     * words that would identify it: the whole dump is masked, from its {@code ={} to the line's last {@code }}.
     */
    static String maskBufferDumps(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int lineStart = 0;
        while (lineStart < text.length()) {
            int newline = text.indexOf('\n', lineStart);
            int lineEnd = newline < 0 ? text.length() : newline + 1;
            out.append(maskDumpInLine(text.substring(lineStart, lineEnd)));
            lineStart = lineEnd;
        }
        return out.toString();
    }

    private static String maskDumpInLine(String line) {
        int start = line.indexOf(DUMP_START);
        if (start < 0 || line.indexOf(DUMP_END, start) < 0) {
            return line;
        }
        int open = line.lastIndexOf(DUMP_OPEN, start);
        int from = open < 0 ? start : open + DUMP_OPEN.length();
        int close = line.lastIndexOf(DUMP_CLOSE);
        int to = close > from ? close : line.stripTrailing().length();
        return line.substring(0, from) + DUMP_START + MASK + DUMP_END + line.substring(to);
    }
}
