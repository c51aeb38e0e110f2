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
 * values: the query of every path or URL, and the same long runs. Every pattern is linear.
 */
public final class RequestLineMask {
    static final String MASK = "***";
    /** The request line as logback-access prints it ({@code %r}): method, target, protocol, in quotes. */
    private static final Pattern REQUEST_LINE = Pattern.compile("\"([A-Z]{3,10}+) ([^ \"]++) (HTTP/[0-9.]++)\"");
    /** An absolute URL in quotes ({@code %i{Referer}}): scheme and authority, then its target. */
    private static final Pattern QUOTED_URL =
            Pattern.compile("\"([A-Za-z][A-Za-z0-9+.-]{0,15}+://[^/\"? ]*+)([^\" ]*+)\"");
    /** A number of up to eight digits: longer ones may be a card, an account or a phone number. */
    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,8}+");
    /** A word of a route or a name: letters, with dots, dashes or underscores between ({@code inbound-routes}). */
    private static final Pattern WORD = Pattern.compile("[A-Za-z._-]{1,64}+");
    /** A short segment with a letter and digits: a version ({@code v1}, {@code 1.2.3-rc1}), a small id. */
    private static final Pattern SHORT = Pattern.compile("[A-Za-z0-9._-]{1,11}+");
    /** A path or URL with a query, as printed anywhere: the query runs to white space or a closing character. */
    private static final Pattern QUERY = Pattern.compile("(/[^\\s?\"'\\[\\](){}<>,]*+)\\?[^\\s\"'\\[\\](){}<>,]++");
    private static final Pattern LETTER = Pattern.compile("[A-Za-z]");

    private RequestLineMask() {
    }

    public static String mask(String line) {
        String masked = replace(REQUEST_LINE, line,
                m -> "\"" + m.group(1) + " " + target(m.group(2)) + " " + m.group(3) + "\"");
        masked = replace(QUOTED_URL, masked, m -> "\"" + m.group(1) + target(m.group(2)) + "\"");
        return TokenRuns.masked(masked, MASK);
    }

    /** The queries of paths and URLs, and long runs of letters and digits, masked anywhere in {@code text}. */
    public static String maskCallerValues(String text) {
        String masked = text.indexOf('?') < 0 ? text : replace(QUERY, text, m -> m.group(1) + "?" + MASK);
        return TokenRuns.masked(masked, MASK);
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
            String segment = path.substring(start, end);
            out.append(isPlain(segment) ? segment : MASK);
            if (slash < 0) {
                break;
            }
            out.append('/');
            start = slash + 1;
        }
        return query < 0 ? out.toString() : out.append('?').append(MASK).toString();
    }

    private static boolean isPlain(String segment) {
        return segment.isEmpty() || WORD.matcher(segment).matches() || NUMBER.matcher(segment).matches()
                || SHORT.matcher(segment).matches() && LETTER.matcher(segment).find()
                || TokenRuns.isUuid(segment);
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
