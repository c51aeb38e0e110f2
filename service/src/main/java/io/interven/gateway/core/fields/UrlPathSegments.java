package io.interven.gateway.core.fields;

import io.interven.spi.FieldLocation;
import io.interven.spi.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

/** The path segments of a call's URL: scanned decoded ({@code url.path[i]}), and redacted where they were found. */
public final class UrlPathSegments {
    public static final String PATH_SEGMENT_PREFIX = "url.path";
    /** The paths of the first segments, made once: every scan's URL has some. */
    private static final String[] SEGMENT_PATHS = IntStream.range(0, 16).mapToObj(UrlPathSegments::segmentPath)
            .toArray(String[]::new);

    private UrlPathSegments() {
    }

    private static String segmentPath(int index) {
        return PATH_SEGMENT_PREFIX + "[" + index + "]";
    }

    /**
     * The URL without its query, scanned as written; each path segment that reads differently once decoded
     * (percent-escapes, leniently; base64, ...) is a child {@code url.path[<i>]} ({@code i} counts segments from 0
     * after the host), written back percent-encoded.
     */
    static TextSlot slot(String base, DecodeBudget budget) {
        List<SplicedLayer.Piece> pieces = new ArrayList<>();
        List<TextSlot> children = new ArrayList<>();
        List<int[]> segments = pathSegments(base);
        for (int index = 0; index < segments.size(); index++) {
            int start = segments.get(index)[0];
            int end = segments.get(index)[1];
            String raw = base.substring(start, end);
            String decoded = PercentCoding.decode(raw, false);
            String path = index < SEGMENT_PATHS.length ? SEGMENT_PATHS[index] : segmentPath(index);
            boolean changed = !decoded.equals(raw);
            if (!raw.isEmpty() && (!changed || budget.take(decoded.length()))) {
                TextSlot segment = LayerDecoder.decode(path, FieldLocation.URL, null, decoded, false, 1, budget);
                if (changed || segment.layer() != null) {
                    children.add(new TextSlot(path, FieldLocation.URL, null, decoded, changed, segment.layer(),
                            segment.children()));
                    pieces.add(new SplicedLayer.Piece(path, start, end, PercentCoding::encode));
                } else if (mayBeAValue(raw)) {
                    // scanned on its own, as a query value is: a value's pattern may not start after a slash
                    children.add(new TextSlot(path, FieldLocation.URL, null, raw, true, null, List.of()));
                    pieces.add(new SplicedLayer.Piece(path, start, end, PercentCoding::encode,
                            offset -> offset - start));
                }
            }
        }
        return new TextSlot(CallSlots.URL_PATH, FieldLocation.URL, null, base, true,
                children.isEmpty() ? null : new SplicedLayer(pieces), children);
    }

    /** The shortest segment scanned on its own (an SSN, a phone number, an IBAN, an address: all longer). */
    static final int MIN_VALUE_SEGMENT = 6;

    /**
     * A segment written as is that may hold a value the detectors should read alone: {@link #MIN_VALUE_SEGMENT}
     * characters or more, with a digit or an {@code @} ({@code /users/+14155552671}, {@code /ssn/536-22-8714},
     * {@code /accounts/GB82WEST12345698765432}). Names of resources ({@code /repos}, {@code /v1}) are not.
     */
    private static boolean mayBeAValue(String segment) {
        if (segment.length() < MIN_VALUE_SEGMENT) {
            return false;
        }
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c >= '0' && c <= '9' || c == '@') {
                return true;
            }
        }
        return false;
    }

    /** Where each path segment of a URL (without query) starts and ends: the {@code i} of {@code url.path[i]}. */
    private static List<int[]> pathSegments(String base) {
        int scheme = base.indexOf("://");
        int slash = base.indexOf('/', scheme < 0 ? 0 : scheme + 3);
        List<int[]> segments = new ArrayList<>();
        for (int start = slash + 1; slash >= 0 && start <= base.length(); ) {
            int end = base.indexOf('/', start);
            end = end < 0 ? base.length() : end;
            segments.add(new int[] {start, end});
            start = end + 1;
        }
        return segments;
    }

    /**
     * The URL with every path segment that holds a finding ({@code url.path[i]}, or a layer below it) replaced by
     * the finding's marker, for places that keep the URL's path (traces). Query and fragment are kept as given.
     */
    public static String withFoundSegmentsRedacted(String url, List<Finding> findings) {
        Map<Integer, String> markers = new TreeMap<>();
        for (Finding finding : findings) {
            String path = finding.path();
            if (path.startsWith(PATH_SEGMENT_PREFIX + "[")) {
                int close = path.indexOf(']');
                try {
                    markers.putIfAbsent(Integer.parseInt(path.substring(PATH_SEGMENT_PREFIX.length() + 1, close)),
                            SpanRedactor.marker(finding.entityType()));
                } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
                    // not a segment path
                }
            }
        }
        if (markers.isEmpty()) {
            return url;
        }
        int cut = url.length();
        for (char stop : new char[] {'?', '#'}) {
            int at = url.indexOf(stop);
            cut = at >= 0 ? Math.min(cut, at) : cut;
        }
        String base = url.substring(0, cut);
        List<int[]> segments = pathSegments(base);
        StringBuilder out = new StringBuilder(url.length());
        int cursor = 0;
        for (Map.Entry<Integer, String> marker : markers.entrySet()) {
            if (marker.getKey() < segments.size()) {
                int[] segment = segments.get(marker.getKey());
                out.append(base, cursor, segment[0]).append(PercentCoding.encode(marker.getValue()));
                cursor = segment[1];
            }
        }
        return out.append(base, cursor, base.length()).append(url, cut, url.length()).toString();
    }

}
