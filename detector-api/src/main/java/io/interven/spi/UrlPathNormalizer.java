package io.interven.spi;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

/**
 * The path of a URL as a server will understand it, whatever tricks spell it: RFC 3986 section 6.2.2 (escapes of
 * unreserved characters decoded, hex digits of other escapes in upper case, dot segments removed), and beyond it
 * what servers and proxies commonly also do: encoded slashes and backslashes ({@code %2F}, {@code %5C}) are
 * slashes, an escaped {@code %} that starts another escape ({@code %252F}) is decoded once more, runs of slashes
 * are one slash, {@code ;parameters} of a segment are removed ({@code /a;x=1/b}, {@code /..;/}), and a trailing
 * slash is dropped. Repeated until stable, at most {@value #MAX_ROUNDS} rounds, each linear in the path's length.
 */
final class UrlPathNormalizer {
    private static final int MAX_ROUNDS = 4;
    private static final String UNRESERVED_MARKS = "-._~";

    private UrlPathNormalizer() {
    }

    static String normalize(String rawPath) {
        if (rawPath == null || rawPath.isEmpty()) {
            return "/";
        }
        return isNormal(rawPath) ? rawPath : normalizeByRounds(rawPath);
    }

    /**
     * True when no round would change the path, told in one pass without building anything (most paths agents
     * call): it starts with a slash and holds no escape, backslash, parameter, run of slashes, dot segment or
     * trailing slash.
     */
    static boolean isNormal(String path) {
        int length = path.length();
        if (path.charAt(0) != '/' || (length > 1 && path.charAt(length - 1) == '/')) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = path.charAt(i);
            if (c == '%' || c == '\\' || c == ';') {
                return false;
            }
            if (c == '/' && i + 1 < length && (path.charAt(i + 1) == '/' || isDotSegmentAt(path, i + 1))) {
                return false;
            }
        }
        return true;
    }

    /** True when a segment starting at {@code start} is {@code .} or {@code ..}. */
    private static boolean isDotSegmentAt(String path, int start) {
        int end = path.indexOf('/', start);
        int length = (end < 0 ? path.length() : end) - start;
        return (length == 1 || length == 2) && path.charAt(start) == '.' && path.charAt(start + length - 1) == '.';
    }

    /** Every step, round after round until stable. */
    static String normalizeByRounds(String rawPath) {
        String path = rawPath.startsWith("/") ? rawPath : "/" + rawPath;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            String next = removeDotSegments(withoutParameters(collapseSlashes(decodeSafeEscapes(path))));
            if (next.equals(path)) {
                break;
            }
            path = next;
        }
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static String decodeSafeEscapes(String path) {
        StringBuilder out = new StringBuilder(path.length());
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '\\') {
                out.append('/');
            } else if (c == '%' && i + 2 < path.length() && isHex(path.charAt(i + 1)) && isHex(path.charAt(i + 2))) {
                char decoded = (char) Integer.parseInt(path.substring(i + 1, i + 3), 16);
                if (isUnreserved(decoded)) {
                    out.append(decoded);
                } else if (decoded == '/' || decoded == '\\') {
                    out.append('/');
                } else if (decoded == '%' && i + 4 < path.length() && isHex(path.charAt(i + 3))
                        && isHex(path.charAt(i + 4))) {
                    out.append('%');
                } else {
                    out.append('%').append(path.substring(i + 1, i + 3).toUpperCase(Locale.ROOT));
                }
                i += 2;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isUnreserved(char c) {
        return c < 128 && Character.isLetterOrDigit(c) || UNRESERVED_MARKS.indexOf(c) >= 0;
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private static String collapseSlashes(String path) {
        StringBuilder out = new StringBuilder(path.length());
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c != '/' || out.length() == 0 || out.charAt(out.length() - 1) != '/') {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String withoutParameters(String path) {
        StringBuilder out = new StringBuilder(path.length());
        boolean inParameters = false;
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '/') {
                inParameters = false;
            } else if (c == ';') {
                inParameters = true;
            }
            if (!inParameters) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String removeDotSegments(String path) {
        Deque<String> kept = new ArrayDeque<>();
        String[] segments = path.split("/", -1);
        for (int i = 1; i < segments.length; i++) {
            String segment = segments[i];
            boolean last = i == segments.length - 1;
            if (segment.equals(".")) {
                if (last) {
                    kept.addLast("");
                }
            } else if (segment.equals("..")) {
                if (!kept.isEmpty()) {
                    kept.removeLast();
                }
                if (last) {
                    kept.addLast("");
                }
            } else {
                kept.addLast(segment);
            }
        }
        return "/" + String.join("/", kept);
    }
}
