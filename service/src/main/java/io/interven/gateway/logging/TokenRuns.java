package io.interven.gateway.logging;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs of text that may be a key or a token a caller wrote: at least {@value #MIN_LENGTH} characters of letters,
 * digits and {@code _ + = -}, with a letter and a digit among them ({@code ghp_…}, {@code AKIA…}, a hex digest). A
 * UUID (a trace id) is not one; words, numbers and dates are not either. Masked wherever the gateway writes out what
 * a caller sent without scanning it first: log lines, the field names of an error.
 */
public final class TokenRuns {
    static final int MIN_LENGTH = 16;
    private static final Pattern RUN = Pattern.compile("[A-Za-z0-9_+=-]{" + MIN_LENGTH + ",}+");
    private static final Pattern UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private TokenRuns() {
    }

    /** {@code text} with every such run replaced by {@code mask}; the same string when it holds none. */
    public static String masked(String text, String mask) {
        Matcher matcher = RUN.matcher(text);
        StringBuilder out = null;
        int copied = 0;
        while (matcher.find()) {
            if (isToken(matcher.group())) {
                out = out == null ? new StringBuilder(text.length()) : out;
                out.append(text, copied, matcher.start()).append(mask);
                copied = matcher.end();
            }
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    private static boolean isToken(String run) {
        boolean letter = false;
        boolean digit = false;
        for (int i = 0; i < run.length(); i++) {
            char c = run.charAt(i);
            letter |= c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
            digit |= c >= '0' && c <= '9';
        }
        return letter && digit && !isUuid(run);
    }

    /** A UUID in its canonical form, as trace and key ids are written. */
    static boolean isUuid(String text) {
        return UUID.matcher(text).matches();
    }
}
