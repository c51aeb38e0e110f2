package io.interven.gateway.policy;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A shell-style pattern for hosts and paths: {@code *} matches within one segment ({@code .} for hosts,
 * {@code /} for paths), {@code **} matches across segments. Compiled once, when the rule is built.
 */
public final class Glob {
    private final String source;
    private final Pattern pattern;

    private Glob(String source, char separator) {
        this.source = source;
        StringBuilder regex = new StringBuilder();
        String notSeparator = separator == '/' ? "[^/]" : "[^.]";
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '*' && i + 1 < source.length() && source.charAt(i + 1) == '*') {
                regex.append(".*");
                i++;
            } else if (c == '*') {
                regex.append(notSeparator).append('*');
            } else if (c == '?') {
                regex.append(notSeparator);
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        this.pattern = Pattern.compile(regex.toString(), separator == '.' ? Pattern.CASE_INSENSITIVE : 0);
    }

    public static Glob host(String pattern) {
        return new Glob(pattern.toLowerCase(Locale.ROOT), '.');
    }

    public static Glob path(String pattern) {
        return new Glob(pattern, '/');
    }

    public boolean matches(String value) {
        return value != null && pattern.matcher(value).matches();
    }

    public String source() {
        return source;
    }

    @Override
    public String toString() {
        return source;
    }
}
