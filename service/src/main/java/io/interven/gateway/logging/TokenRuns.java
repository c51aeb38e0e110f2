package io.interven.gateway.logging;

/**
 * Runs of text that may be a key or a token a caller wrote: at least {@value #MIN_LENGTH} characters of letters,
 * digits and {@code _ + = -}, with a letter and a digit among them ({@code ghp_…}, {@code AKIA…}, a hex digest). A
 * UUID (a trace id) is not one; words, numbers and dates are not either. Masked wherever the gateway writes out what
 * a caller sent without scanning it first: log lines, the field names of an error.
 *
 * <p>Read by hand in one pass rather than with a regular expression: the request log masks every line it writes, on
 * the appender's thread, where the expressions cost about 5 us a line and the hand reading 0.4 us
 * ({@code RequestLogMaskBenchmark}); in a gateway whose detectors run hundreds of expressions, the engine's character
 * classes are calls the compiler cannot inline.
 */
public final class TokenRuns {
    static final int MIN_LENGTH = 16;
    private static final int UUID_LENGTH = 36;

    private TokenRuns() {
    }

    /** {@code text} with every such run replaced by {@code mask}; the same string when it holds none. */
    public static String masked(String text, String mask) {
        StringBuilder out = null;
        int copied = 0;
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!isRunCharacter(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            boolean letter = false;
            boolean digit = false;
            char c;
            while (i < n && isRunCharacter(c = text.charAt(i))) {
                letter |= isLetter(c);
                digit |= c >= '0' && c <= '9';
                i++;
            }
            if (i - start >= MIN_LENGTH && letter && digit && !isUuid(text, start, i)) {
                out = out == null ? new StringBuilder(text.length()) : out;
                out.append(text, copied, start).append(mask);
                copied = i;
            }
        }
        return out == null ? text : out.append(text, copied, n).toString();
    }

    /** A UUID in its canonical form, as trace and key ids are written. */
    static boolean isUuid(String text) {
        return isUuid(text, 0, text.length());
    }

    /** Whether {@code text[from, to)} is a UUID in its canonical form: 8-4-4-4-12 hex digits. */
    static boolean isUuid(String text, int from, int to) {
        if (to - from != UUID_LENGTH) {
            return false;
        }
        for (int k = 0; k < UUID_LENGTH; k++) {
            char c = text.charAt(from + k);
            boolean dash = k == 8 || k == 13 || k == 18 || k == 23;
            if (dash ? c != '-' : !isHexDigit(c)) {
                return false;
            }
        }
        return true;
    }

    static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean isRunCharacter(char c) {
        return isLetter(c) || c >= '0' && c <= '9' || c == '_' || c == '+' || c == '=' || c == '-';
    }

    private static boolean isHexDigit(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }
}
