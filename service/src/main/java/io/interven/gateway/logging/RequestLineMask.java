package io.interven.gateway.logging;

import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks what a caller wrote into a log line, where a secret can stand as plainly as in a scanned call. In a request
 * log line ({@link #mask}): the query of the request target and of the {@code Referer} (always: {@code ?***}), path
 * segments that are not plain words, short numbers or UUIDs ({@code /inbound/github/repos/acme/***}), and long runs of
 * letters and digits anywhere else on the line ({@code User-Agent: agent ghp_…} becomes {@code agent ***}). What
 * stays tells an operator which route was called, when, how it was answered and how long it took. In the application
 * log ({@link #maskCallerValues}), whose Jetty and Jersey lines at DEBUG or TRACE print requests' targets and header
 * values: the query of every path or URL, and the same long runs. Every reading is linear.
 */
public final class RequestLineMask {
    static final String MASK = "***";
    /** A path or URL with a query, as printed anywhere: the query runs to white space or a closing character. */
    private static final Pattern QUERY = Pattern.compile("(/[^\\s?\"'\\[\\](){}<>,]*+)\\?[^\\s\"'\\[\\](){}<>,]++");
    /** The longest method of a request line, and the longest scheme of a URL after its first letter. */
    private static final int MAX_METHOD = 10;
    private static final int MAX_SCHEME_TAIL = 15;

    private RequestLineMask() {
    }

    /**
     * A request log line with its request line's target ({@code "GET /a/b?c HTTP/1.1"}: method, target and protocol
     * in quotes, as logback-access prints {@code %r}) and every quoted absolute URL ({@code %i{Referer}}) masked as
     * {@link #target} does, then its long runs ({@link TokenRuns}). Read by hand, left to right (see
     * {@link TokenRuns} for why no regular expression).
     */
    public static String mask(String line) {
        return TokenRuns.masked(maskQuotedUrls(maskRequestLines(line)), MASK);
    }

    /** The queries of paths and URLs, and long runs of letters and digits, masked anywhere in {@code text}. */
    public static String maskCallerValues(String text) {
        String masked = text.indexOf('?') < 0 ? text : replace(QUERY, text, m -> m.group(1) + "?" + MASK);
        return TokenRuns.masked(masked, MASK);
    }

    /** Each {@code "METHOD target HTTP/x"} of {@code text} with its target masked. */
    static String maskRequestLines(String text) {
        StringBuilder out = null;
        int copied = 0;
        int n = text.length();
        for (int quote = text.indexOf('"'); quote >= 0 && quote < n; quote = text.indexOf('"', quote)) {
            // "METHOD: 3 to 10 capitals, then a space
            int methodEnd = quote + 1;
            while (methodEnd < n && methodEnd - quote - 1 < MAX_METHOD && isCapital(text.charAt(methodEnd))) {
                methodEnd++;
            }
            int targetStart = methodEnd + 1;
            if (methodEnd - quote - 1 < 3 || !charIs(text, methodEnd, ' ')) {
                quote++;
                continue;
            }
            // the target: no space and no quote, then a space
            int targetEnd = targetStart;
            while (targetEnd < n && text.charAt(targetEnd) != ' ' && text.charAt(targetEnd) != '"') {
                targetEnd++;
            }
            int protocolStart = targetEnd + 1;
            if (targetEnd == targetStart || !charIs(text, targetEnd, ' ') || !text.startsWith("HTTP/", protocolStart)) {
                quote++;
                continue;
            }
            // HTTP/ and its version's digits and dots, then the closing quote
            int versionEnd = protocolStart + 5;
            while (versionEnd < n && (isDigit(text.charAt(versionEnd)) || text.charAt(versionEnd) == '.')) {
                versionEnd++;
            }
            if (versionEnd == protocolStart + 5 || !charIs(text, versionEnd, '"')) {
                quote++;
                continue;
            }
            out = out == null ? new StringBuilder(text.length()) : out;
            out.append(text, copied, targetStart).append(target(text.substring(targetStart, targetEnd)))
                    .append(text, targetEnd, versionEnd + 1);
            copied = versionEnd + 1;
            quote = versionEnd + 1;
        }
        return out == null ? text : out.append(text, copied, n).toString();
    }

    /** Each {@code "scheme://authority target"} of {@code text} with its target masked. */
    static String maskQuotedUrls(String text) {
        StringBuilder out = null;
        int copied = 0;
        int n = text.length();
        for (int quote = text.indexOf('"'); quote >= 0 && quote < n; quote = text.indexOf('"', quote)) {
            // "scheme: a letter, then up to 15 letters, digits, + . or -, then ://
            int schemeEnd = quote + 2;
            if (quote + 1 >= n || !TokenRuns.isLetter(text.charAt(quote + 1))) {
                quote++;
                continue;
            }
            while (schemeEnd < n && schemeEnd - quote - 2 < MAX_SCHEME_TAIL
                    && isSchemeCharacter(text.charAt(schemeEnd))) {
                schemeEnd++;
            }
            if (!text.startsWith("://", schemeEnd)) {
                quote++;
                continue;
            }
            // the authority runs to a slash, a quote, a question mark or a space; the target to a quote or a space
            int authorityEnd = schemeEnd + 3;
            while (authorityEnd < n && "/\"? ".indexOf(text.charAt(authorityEnd)) < 0) {
                authorityEnd++;
            }
            int targetEnd = authorityEnd;
            while (targetEnd < n && text.charAt(targetEnd) != '"' && text.charAt(targetEnd) != ' ') {
                targetEnd++;
            }
            if (!charIs(text, targetEnd, '"')) {
                quote++;
                continue;
            }
            out = out == null ? new StringBuilder(text.length()) : out;
            out.append(text, copied, authorityEnd).append(target(text.substring(authorityEnd, targetEnd))).append('"');
            copied = targetEnd + 1;
            quote = targetEnd + 1;
        }
        return out == null ? text : out.append(text, copied, n).toString();
    }

    /** A request target as it may be logged: its path with segments that are not plain masked, its query masked. */
    static String target(String target) {
        int query = target.indexOf('?');
        String path = query < 0 ? target : target.substring(0, query);
        StringBuilder out = new StringBuilder(path.length() + 4);
        int start = 0;
        while (start <= path.length()) {
            int slash = path.indexOf('/', start);
            int end = slash < 0 ? path.length() : slash;
            if (isPlain(path, start, end)) {
                out.append(path, start, end);
            } else {
                out.append(MASK);
            }
            if (slash < 0) {
                break;
            }
            out.append('/');
            start = slash + 1;
        }
        return query < 0 ? out.toString() : out.append('?').append(MASK).toString();
    }

    /**
     * Whether a path segment may be logged: empty; a word of up to 64 letters, dots, dashes and underscores
     * ({@code inbound-routes}); a number of up to eight digits (longer ones may be a card, an account or a phone
     * number); up to 11 of those characters with a letter among them (a version, {@code v1}, {@code 1.2.3-rc1}, a
     * small id); or a UUID.
     */
    private static boolean isPlain(String path, int start, int end) {
        int length = end - start;
        if (length == 0) {
            return true;
        }
        boolean letter = false;
        boolean digit = false;
        boolean other = false;
        for (int k = start; k < end; k++) {
            char c = path.charAt(k);
            if (TokenRuns.isLetter(c) || c == '.' || c == '_' || c == '-') {
                letter |= TokenRuns.isLetter(c);
            } else if (isDigit(c)) {
                digit = true;
            } else {
                other = true;
                break;
            }
        }
        boolean word = !other && !digit && length <= 64;
        boolean number = !other && !letter && length <= 8 && isDigits(path, start, end);
        boolean shortSegment = !other && letter && length <= 11;
        return word || number || shortSegment || TokenRuns.isUuid(path, start, end);
    }

    private static boolean isDigits(String text, int start, int end) {
        for (int k = start; k < end; k++) {
            if (!isDigit(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean charIs(String text, int at, char c) {
        return at < text.length() && text.charAt(at) == c;
    }

    private static boolean isCapital(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isSchemeCharacter(char c) {
        return TokenRuns.isLetter(c) || isDigit(c) || c == '+' || c == '.' || c == '-';
    }

    private static String replace(Pattern pattern, String text, Function<Matcher, String> with) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        do {
            matcher.appendReplacement(out, Matcher.quoteReplacement(with.apply(matcher)));
        } while (matcher.find());
        matcher.appendTail(out);
        return out.toString();
    }
}
