package io.interven.gateway.logging;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks credentials in a line of log output: the value of any {@code Authorization} / {@code Proxy-Authorization}
 * header however it is printed ({@code Authorization: ...}, {@code authorization=[...]}), {@code Bearer} and
 * {@code Basic} credentials, and Interven keys ({@code iv_live_...}, {@code iv_eph_...}) wherever they stand.
 * Jetty's raw buffer dumps, which abbreviate and may cut a credential, are masked whole.
 * Every pattern is linear (possessive, no nesting), and runs only on a line holding its keyword in any case (a
 * plain scan, much cheaper than the pattern), so a line without credentials costs a few keyword scans.
 */
public final class CredentialMask {
    static final String MASK = "***";
    private static final List<Rule> RULES = List.of(
            new Rule(List.of("authorization"),
                    Pattern.compile("(?i)(\\b(?:proxy-)?authorization[\"']?+\\s*+[:=]\\s*+\\[?+)[^\\r\\n\\]]++"),
                    "$1" + MASK),
            new Rule(List.of("bearer", "basic"), Pattern.compile("(?i)\\b(bearer|basic)(\\s++)[^\\s,;\"'\\]]++"),
                    "$1$2" + MASK),
            new Rule(List.of("iv_"), Pattern.compile("\\biv_(live|eph)_[A-Za-z0-9_-]++"), "iv_$1_" + MASK));

    /** A pattern, and the lower-case keywords one of which any text it matches holds (in any case). */
    private record Rule(List<String> keywords, Pattern pattern, String replacement) {
        boolean mayMatch(String text) {
            for (String keyword : keywords) {
                if (containsIgnoringCase(text, keyword)) {
                    return true;
                }
            }
            return false;
        }
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
            if (!rule.mayMatch(masked)) {
                continue;
            }
            Matcher matcher = rule.pattern().matcher(masked);
            if (matcher.find()) {
                masked = matcher.replaceAll(rule.replacement());
            }
        }
        return masked;
    }

    /**
     * Whether {@code text} holds {@code keyword} (lower case) in any case. Compares as {@link
     * String#regionMatches(boolean, int, String, int, int)} does, which folds more characters than the patterns'
     * ASCII case-insensitivity, so a line a pattern could match is never skipped.
     */
    static boolean containsIgnoringCase(String text, String keyword) {
        char first = keyword.charAt(0);
        char firstUpper = Character.toUpperCase(first);
        int last = text.length() - keyword.length();
        for (int i = 0; i <= last; i++) {
            char c = text.charAt(i);
            if ((c == first || c == firstUpper || c > 127) && text.regionMatches(true, i, keyword, 0, keyword.length())) {
                return true;
            }
        }
        return false;
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
