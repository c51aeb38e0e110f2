package io.interven.gateway.policy;

import java.util.regex.Pattern;

/**
 * A shell-style pattern for URL paths ({@code match.path}): {@code *} matches within one segment, {@code **}
 * across segments (any characters at all), {@code ?} one character other than {@code /}; everything else is literal
 * and case matters. Compiled once, when the rule is built. The common shapes are answered without a regular
 * expression: a literal path by equality, a literal prefix followed by {@code **} alone ({@code /api/**}) by the
 * prefix; any other pattern is first required to start with its literal prefix. Hosts have their own pattern,
 * {@link io.interven.spi.HostPattern}.
 */
public final class PathGlob {
    private enum Shape { LITERAL, PREFIX, EXPRESSION }

    private final String source;
    private final String literalPrefix;
    private final Shape shape;
    private final Pattern pattern;

    private PathGlob(String source) {
        this.source = source;
        int firstWildcard = firstWildcard(source);
        this.literalPrefix = source.substring(0, firstWildcard);
        if (firstWildcard == source.length()) {
            this.shape = Shape.LITERAL;
        } else if (source.length() - firstWildcard == 2 && source.endsWith("**")) {
            this.shape = Shape.PREFIX;
        } else {
            this.shape = Shape.EXPRESSION;
        }
        this.pattern = Pattern.compile(expressionOf(source), Pattern.DOTALL);
    }

    public static PathGlob of(String pattern) {
        return new PathGlob(pattern);
    }

    public boolean matches(String path) {
        if (path == null) {
            return false;
        }
        return switch (shape) {
            case LITERAL -> path.equals(source);
            case PREFIX -> path.startsWith(literalPrefix);
            case EXPRESSION -> path.startsWith(literalPrefix) && pattern.matcher(path).matches();
        };
    }

    public String source() {
        return source;
    }

    @Override
    public String toString() {
        return source;
    }

    private static int firstWildcard(String source) {
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '*' || c == '?') {
                return i;
            }
        }
        return source.length();
    }

    /** The glob as a regular expression, read with {@link Pattern#DOTALL} so that {@code **} spans everything. */
    static String expressionOf(String source) {
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
        return regex.toString();
    }
}
