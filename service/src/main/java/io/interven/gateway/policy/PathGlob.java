package io.interven.gateway.policy;

import java.util.regex.Pattern;

/**
 * A shell-style pattern for URL paths ({@code match.path}): {@code *} matches within one segment, {@code **}
 * across segments, {@code ?} one character other than {@code /}; everything else is literal and case matters.
 * Compiled once, when the rule is built. Hosts have their own pattern, {@link io.interven.spi.HostPattern}.
 */
public final class PathGlob {
    private final String source;
    private final Pattern pattern;

    private PathGlob(String source) {
        this.source = source;
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '*' && i + 1 < source.length() && source.charAt(i + 1) == '*') {
                regex.append(".*");
                i++;
            } else if (c == '*') {
                regex.append("[^/]*");
            } else if (c == '?') {
                regex.append("[^/]");
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        this.pattern = Pattern.compile(regex.toString());
    }

    public static PathGlob of(String pattern) {
        return new PathGlob(pattern);
    }

    public boolean matches(String path) {
        return path != null && pattern.matcher(path).matches();
    }

    public String source() {
        return source;
    }

    @Override
    public String toString() {
        return source;
    }
}
