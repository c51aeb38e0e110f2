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
    static final String USERINFO_PREFIX = "url.userinfo";
    static final String HOST_PREFIX = "url.host";
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
     * after the host), written back percent-encoded. So is each part of the authority that reads differently or may
     * be a value ({@link #mayBeAValue}): the user name and password of the user information
     * ({@code url.userinfo[0]}, {@code url.userinfo[1]}) and the labels of the host name ({@code url.host[<i>]}).
     */
    static TextSlot slot(String base, DecodeBudget budget) {
        List<SplicedLayer.Piece> pieces = new ArrayList<>();
        List<TextSlot> children = new ArrayList<>();
        Authority authority = Authority.of(base);
        for (int index = 0; index < authority.userinfo().size(); index++) {
            int[] part = authority.userinfo().get(index);
            addPart(base, part[0], part[1], USERINFO_PREFIX + "[" + index + "]", pieces, children, budget);
        }
        for (int index = 0; index < authority.labels().size(); index++) {
            int[] label = authority.labels().get(index);
            addPart(base, label[0], label[1], HOST_PREFIX + "[" + index + "]", pieces, children, budget);
        }
        List<int[]> segments = pathSegments(base);
        for (int index = 0; index < segments.size(); index++) {
            String path = index < SEGMENT_PATHS.length ? SEGMENT_PATHS[index] : segmentPath(index);
            addPart(base, segments.get(index)[0], segments.get(index)[1], path, pieces, children, budget);
        }
        return new TextSlot(CallSlots.URL_PATH, FieldLocation.URL, null, base, true,
                children.isEmpty() ? null : new SplicedLayer(pieces), children);
    }

    /**
     * The part {@code [start, end)} of the URL as a child when it reads differently decoded, or, written as is, when
     * it may be a value: a value's pattern may not start after a slash, a dot or an {@code @}.
     */
    private static void addPart(String base, int start, int end, String path, List<SplicedLayer.Piece> pieces,
                                List<TextSlot> children, DecodeBudget budget) {
        String raw = base.substring(start, end);
        String decoded = PercentCoding.decode(raw, false);
        boolean changed = !decoded.equals(raw);
        if (raw.isEmpty() || changed && !budget.take(decoded.length())) {
            return;
        }
        TextSlot part = LayerDecoder.decode(path, FieldLocation.URL, null, decoded, false, 1, budget);
        if (changed || part.layer() != null) {
            children.add(new TextSlot(path, FieldLocation.URL, null, decoded, changed, part.layer(),
                    part.children()));
            pieces.add(new SplicedLayer.Piece(path, start, end, PercentCoding::encode));
        } else if (mayBeAValue(raw)) {
            children.add(new TextSlot(path, FieldLocation.URL, null, raw, true, null, List.of()));
            pieces.add(new SplicedLayer.Piece(path, start, end, PercentCoding::encode, offset -> offset - start));
        }
    }

    /** Where the user name, the password and each label of the host name stand in a URL without its query. */
    private record Authority(List<int[]> userinfo, List<int[]> labels) {
        static Authority of(String base) {
            int scheme = base.indexOf("://");
            if (scheme < 0) {
                return new Authority(List.of(), List.of());
            }
            int from = scheme + 3;
            int slash = base.indexOf('/', from);
            int end = slash < 0 ? base.length() : slash;
            int at = base.lastIndexOf('@', end - 1);
            List<int[]> userinfo = new ArrayList<>();
            int hostStart = from;
            if (at >= from) {
                int colon = base.indexOf(':', from);
                if (colon >= 0 && colon < at) {
                    userinfo.add(new int[] {from, colon});
                    userinfo.add(new int[] {colon + 1, at});
                } else {
                    userinfo.add(new int[] {from, at});
                }
                hostStart = at + 1;
            }
            List<int[]> labels = new ArrayList<>();
            if (hostStart < end && base.charAt(hostStart) != '[') { // an IPv6 literal has no labels
                int port = base.indexOf(':', hostStart);
                int hostEnd = port >= 0 && port < end ? port : end;
                for (int start = hostStart; start <= hostEnd; ) {
                    int dot = base.indexOf('.', start);
                    int labelEnd = dot < 0 || dot > hostEnd ? hostEnd : dot;
                    labels.add(new int[] {start, labelEnd});
                    start = labelEnd + 1;
                }
            }
            return new Authority(userinfo, labels);
        }
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
