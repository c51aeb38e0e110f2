package io.interven.gateway.core;

import io.interven.gateway.core.fields.LayerDecoder;
import io.interven.gateway.core.normalize.NormalizedField;
import io.interven.spi.Finding;
import io.interven.spi.ScanField;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Completes credential pairs ({@link CredentialPair}): when detectors found the first half of a pair (an AWS
 * access key id), a value of the second half's exact shape is reported as that secret where it stands beside
 * it: as the whole value of a sibling field (same JSON object, query, form or header set), or within
 * {@link #NEAR} characters of the first half in the same text. Nothing is reported without a found first half;
 * a value another detector already reported under a vaguer type (a generic secret) is reported as the pair's
 * secret as well. A first half read from a value spelled out in a text ({@code A K I A …}) counts where the text
 * stands, and where the spelled value stands in the text.
 * Linear: each field is read at most once per pair.
 */
final class PairedSecrets {
    static final int NEAR = 200;

    private PairedSecrets() {
    }

    /** {@code found} plus the secret halves beside its first halves, spans in the original fields. */
    static List<Finding> complete(List<Finding> found, List<ScanField> fields, List<CredentialPair> pairs) {
        List<Finding> all = null;
        List<NormalizedField> normalized = null;
        for (CredentialPair pair : pairs) {
            Map<String, List<Finding>> anchorsByPath = new LinkedHashMap<>();
            for (Finding finding : found) {
                if (finding.entityType().equals(pair.foundEntityType())) {
                    anchorsByPath.computeIfAbsent(finding.path(), p -> new ArrayList<>()).add(finding);
                }
            }
            if (anchorsByPath.isEmpty()) {
                continue;
            }
            if (all == null) {
                all = new ArrayList<>(found);
                normalized = new ArrayList<>(fields.size());
                for (ScanField field : fields) {
                    normalized.add(NormalizedField.of(field));
                }
            }
            addPairs(pair, anchorsByPath, normalized, all);
        }
        return all == null ? found : all;
    }

    private static void addPairs(CredentialPair pair, Map<String, List<Finding>> anchorsByPath,
                                 List<NormalizedField> fields, List<Finding> all) {
        Map<String, NormalizedField> anchorFields = new HashMap<>();
        for (NormalizedField field : fields) {
            if (anchorsByPath.containsKey(field.original().path())) {
                anchorFields.putIfAbsent(field.original().path(), field);
            }
        }
        Reported reported = new Reported(pair, all);
        Map<String, NormalizedField> byPath = byPath(fields);
        Set<String> containers = new HashSet<>();
        for (NormalizedField field : anchorFields.values()) {
            containers.add(containerOf(field, byPath));
            List<Finding> anchors = new ArrayList<>(anchorsByPath.get(field.original().path()));
            anchors.sort(Comparator.comparingInt(Finding::start));
            addNear(pair, field, anchors, reported);
            addNearTheRun(pair, field, anchors, byPath, reported);
        }
        for (NormalizedField field : fields) {
            if (!anchorFields.containsKey(field.original().path())
                    && containers.contains(containerOf(field, byPath))) {
                addWholeValue(pair, field, reported);
            }
        }
    }

    private static Map<String, NormalizedField> byPath(List<NormalizedField> fields) {
        Map<String, NormalizedField> byPath = new HashMap<>();
        for (NormalizedField field : fields) {
            byPath.putIfAbsent(field.original().path(), field);
        }
        return byPath;
    }

    /**
     * Where a field stands among the others. A value read from a spelled run inside a text stands where that text
     * does: its runs are siblings of each other and of the text's siblings, as a value written plainly in the text is.
     */
    private static String containerOf(NormalizedField field, Map<String, NormalizedField> byPath) {
        String path = field.original().path();
        String key = field.original().key();
        for (String text = LayerDecoder.textOfSpelledRun(path); text != null;
                text = LayerDecoder.textOfSpelledRun(path)) {
            NormalizedField written = byPath.get(text);
            path = text;
            key = written == null ? null : written.original().key();
        }
        return FieldNeighbourhood.containerOf(path, key);
    }

    /**
     * Anchors read from a spelled run ({@code A K I A …}): values of the shape in the text the run was read from, near
     * where the run stands in it (a key id spelled out, its secret written plainly beside it).
     */
    private static void addNearTheRun(CredentialPair pair, NormalizedField field, List<Finding> anchors,
                                      Map<String, NormalizedField> byPath, Reported reported) {
        String textPath = LayerDecoder.textOfSpelledRun(field.original().path());
        NormalizedField text = textPath == null ? null : byPath.get(textPath);
        if (text == null) {
            return;
        }
        List<Finding> inText = new ArrayList<>(anchors.size());
        for (Finding anchor : anchors) {
            String value = field.original().text().substring(anchor.start(), anchor.end());
            int[] span = SpelledValueSpan.in(text.original().text(), value);
            if (span != null) {
                inText.add(new Finding(anchor.entityType(), anchor.dataClass(), textPath, text.original().location(),
                        span[0], span[1], anchor.confidence(), anchor.ruleId(), anchor.issuerDomains()));
            }
        }
        if (!inText.isEmpty()) {
            inText.sort(Comparator.comparingInt(Finding::start));
            addNear(pair, text, inText, reported);
        }
    }

    /** Values of the shape in the anchors' own text, within {@link #NEAR} characters of one of them. */
    private static void addNear(CredentialPair pair, NormalizedField field, List<Finding> anchors,
                                Reported reported) {
        String text = field.text();
        SecretShape shape = pair.secret();
        int longest = anchors.stream().mapToInt(Finding::length).max().orElse(0);
        int i = 0;
        while (i < text.length()) {
            if (!shape.allows(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < text.length() && shape.allows(text.charAt(i))) {
                i++;
            }
            boolean padded = i < text.length() && text.charAt(i) == '=';
            if (!padded && shape.fits(text, start, i)) {
                int from = field.originalStart(start);
                int to = field.originalEnd(i);
                if (near(anchors, longest, from, to)) {
                    reported.add(field, from, to);
                }
            } else if (!padded) {
                addGluedToAnAnchor(pair, field, anchors, start, i, reported);
            }
        }
    }

    /**
     * The secret glued to its first half by a character of its own alphabet ({@code AKIA…/wJalr…},
     * {@code <secret>+AKIA…}): one run of the shape's characters holds both. The run's parts before and after each
     * anchor inside it, without that one joining character, are tried as the secret.
     */
    private static void addGluedToAnAnchor(CredentialPair pair, NormalizedField field, List<Finding> anchors,
                                           int start, int end, Reported reported) {
        String text = field.text();
        int originalStart = field.originalStart(start);
        int originalEnd = field.originalEnd(end);
        for (Finding anchor : anchors) {
            if (anchor.start() < originalStart || anchor.end() > originalEnd) {
                continue;
            }
            // the anchor's span is the original text's: where it stands in the normalized run
            int anchorStart = start;
            while (anchorStart < end && field.originalStart(anchorStart) < anchor.start()) {
                anchorStart++;
            }
            int anchorEnd = anchorStart;
            while (anchorEnd < end && field.originalEnd(anchorEnd) < anchor.end()) {
                anchorEnd++;
            }
            int before = anchorStart > start && !Character.isLetterOrDigit(text.charAt(anchorStart - 1))
                    ? anchorStart - 1 : anchorStart;
            int after = anchorEnd < end && !Character.isLetterOrDigit(text.charAt(anchorEnd))
                    ? anchorEnd + 1 : anchorEnd;
            if (pair.secret().fits(text, start, before)) {
                reported.add(field, field.originalStart(start), field.originalEnd(before));
            }
            if (pair.secret().fits(text, after, end)) {
                reported.add(field, field.originalStart(after), field.originalEnd(end));
            }
        }
    }

    /** True when an anchor (sorted by start, none longer than {@code longest}) ends or starts within {@link #NEAR} of the span, not overlapping it. */
    private static boolean near(List<Finding> anchors, int longest, int start, int end) {
        int low = 0;
        int high = anchors.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (anchors.get(mid).start() + longest < start - NEAR) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        for (int i = low; i < anchors.size() && anchors.get(i).start() <= end + NEAR; i++) {
            Finding anchor = anchors.get(i);
            boolean overlaps = start < anchor.end() && anchor.start() < end;
            int gap = start >= anchor.end() ? start - anchor.end() : anchor.start() - end;
            if (!overlaps && gap <= NEAR) {
                return true;
            }
        }
        return false;
    }

    /** A sibling whose whole value (without surrounding blanks and quotes) has the shape. */
    private static void addWholeValue(CredentialPair pair, NormalizedField field, Reported reported) {
        String text = field.text();
        int start = 0;
        int end = text.length();
        while (start < end && isPadding(text.charAt(start))) {
            start++;
        }
        while (end > start && isPadding(text.charAt(end - 1))) {
            end--;
        }
        if (pair.secret().fits(text, start, end)) {
            reported.add(field, field.originalStart(start), field.originalEnd(end));
        }
    }

    private static boolean isPadding(char c) {
        return Character.isWhitespace(c) || c == '"' || c == '\'';
    }

    /** The findings of the call, and those of the pair's secret type by path, to report each span once. */
    private static final class Reported {
        private final CredentialPair pair;
        private final List<Finding> all;
        private final Map<String, List<Finding>> secretsByPath = new HashMap<>();

        Reported(CredentialPair pair, List<Finding> all) {
            this.pair = pair;
            this.all = all;
            for (Finding f : all) {
                if (f.entityType().equals(pair.secretEntityType())) {
                    secretsByPath.computeIfAbsent(f.path(), p -> new ArrayList<>()).add(f);
                }
            }
        }

        void add(NormalizedField field, int start, int end) {
            String path = field.original().path();
            List<Finding> known = secretsByPath.computeIfAbsent(path, p -> new ArrayList<>());
            for (Finding f : known) {
                if (f.start() <= start && f.end() >= end) {
                    return;
                }
            }
            Finding secret = new Finding(pair.secretEntityType(), pair.dataClass(), path, field.original().location(),
                    start, end, pair.confidence(), pair.ruleId(), pair.issuerDomains());
            known.add(secret);
            all.add(secret);
        }
    }
}
