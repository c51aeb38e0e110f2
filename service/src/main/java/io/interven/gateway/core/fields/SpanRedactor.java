package io.interven.gateway.core.fields;

import io.interven.spi.Finding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Replaces the spans of findings in one text with {@code [REDACTED:<ENTITY_TYPE>]}. Overlapping or touching spans
 * merge into one redaction (named after the widest finding), so no part of a value is ever left between two.
 */
public final class SpanRedactor {

    /** A redacted text and how many separate redactions it holds. */
    public record Redacted(String text, int redactions) {
    }

    private record Span(int start, int end, String entityType, int width) {
    }

    private SpanRedactor() {
    }

    public static String marker(String entityType) {
        return "[REDACTED:" + entityType + "]";
    }

    /**
     * {@code url} with every marker in it percent-encoded ({@code %5BREDACTED%3ACREDIT_CARD%5D}): brackets and a
     * colon are not allowed in a URL's user information, host name or path, and a sanitized URL must still parse.
     * The query's markers are encoded already, as each value is; this catches those of the URL's own text (user
     * information, host labels, path parameters, a value in a path segment found as written).
     */
    public static String withUrlSafeMarkers(String url) {
        int at = url.indexOf(MARKER_START);
        if (at < 0) {
            return url;
        }
        StringBuilder out = new StringBuilder(url.length() + 16);
        int cursor = 0;
        while (at >= 0) {
            int end = markerEnd(url, at + MARKER_START.length());
            if (end < 0) {
                at = url.indexOf(MARKER_START, at + 1);
                continue;
            }
            out.append(url, cursor, at).append(PercentCoding.encode(url.substring(at, end)));
            cursor = end;
            at = url.indexOf(MARKER_START, end);
        }
        return out.append(url, cursor, url.length()).toString();
    }

    private static final String MARKER_START = "[REDACTED:";

    /** The end (after {@code ]}) of a marker whose entity type starts at {@code from}; -1 when none ends there. */
    private static int markerEnd(String text, int from) {
        int i = from;
        while (i < text.length() && (text.charAt(i) >= 'A' && text.charAt(i) <= 'Z' || text.charAt(i) == '_'
                || text.charAt(i) >= '0' && text.charAt(i) <= '9')) {
            i++;
        }
        return i > from && i < text.length() && text.charAt(i) == ']' ? i + 1 : -1;
    }

    public static Redacted redact(String text, List<Finding> findings) {
        List<Span> merged = merge(findings, text.length());
        StringBuilder out = new StringBuilder(text.length());
        int cursor = 0;
        for (Span span : merged) {
            out.append(text, cursor, span.start()).append(marker(span.entityType()));
            cursor = span.end();
        }
        out.append(text, cursor, text.length());
        return new Redacted(out.toString(), merged.size());
    }

    private static List<Span> merge(List<Finding> findings, int textLength) {
        List<Span> spans = new ArrayList<>();
        for (Finding f : findings) {
            int end = Math.min(f.end(), textLength);
            if (f.start() < end) {
                spans.add(new Span(f.start(), end, f.entityType(), end - f.start()));
            }
        }
        spans.sort(Comparator.comparingInt(Span::start));
        List<Span> merged = new ArrayList<>();
        for (Span span : spans) {
            if (!merged.isEmpty() && span.start() <= merged.get(merged.size() - 1).end()) {
                Span last = merged.remove(merged.size() - 1);
                String type = span.width() > last.width() ? span.entityType() : last.entityType();
                merged.add(new Span(last.start(), Math.max(last.end(), span.end()), type,
                        Math.max(last.width(), span.width())));
            } else {
                merged.add(span);
            }
        }
        return merged;
    }
}
