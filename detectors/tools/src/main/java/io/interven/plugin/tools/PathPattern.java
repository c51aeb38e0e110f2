package io.interven.plugin.tools;

import java.util.regex.Pattern;

/**
 * A URL path template. Literal text matches itself (ignoring case), {@code {name}} matches one non-empty path
 * segment, {@code **} matches the non-empty rest of the path, and {@code (...)?} makes a part optional, as in
 * {@code (/upload)?/gmail/v1/users/{user}/messages/send} or {@code /api/v2/tickets(.json)?}.
 * A single trailing slash on the call's path is ignored.
 */
final class PathPattern {
    private final String template;
    private final Pattern regex;

    private PathPattern(String template, Pattern regex) {
        this.template = template;
        this.regex = regex;
    }

    static PathPattern parse(String template) {
        if (!template.startsWith("/") && !template.startsWith("(/")) {
            throw new IllegalArgumentException("path template must start with '/': " + template);
        }
        StringBuilder out = new StringBuilder();
        int openGroups = 0;
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c == '{') {
                int close = template.indexOf('}', i);
                if (close < 0 || close == i + 1) {
                    throw new IllegalArgumentException("unclosed or empty {name} in path template: " + template);
                }
                out.append("[^/]+");
                i = close + 1;
            } else if (template.startsWith("**", i)) {
                out.append(".+");
                i += 2;
            } else if (c == '(') {
                out.append("(?:");
                openGroups++;
                i++;
            } else if (c == ')') {
                if (openGroups == 0 || !template.startsWith(")?", i)) {
                    throw new IllegalArgumentException("')' must close an optional '(...)?' group: " + template);
                }
                out.append(")?");
                openGroups--;
                i += 2;
            } else {
                out.append(Pattern.quote(String.valueOf(c)));
                i++;
            }
        }
        if (openGroups != 0) {
            throw new IllegalArgumentException("unclosed '(' in path template: " + template);
        }
        return new PathPattern(template, Pattern.compile(out.toString(), Pattern.CASE_INSENSITIVE));
    }

    boolean matches(String path) {
        String p = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return regex.matcher(p).matches();
    }

    @Override
    public String toString() {
        return template;
    }
}
