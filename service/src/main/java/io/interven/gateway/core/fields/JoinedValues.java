package io.interven.gateway.core.fields;

import io.interven.spi.DataClasses;
import io.interven.spi.Finding;
import io.interven.spi.ScanField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A value cut into pieces across the values of one JSON array or object, as an agent told to send a key in parts
 * writes it: {@code {"parts": ["ghp_R8bY2kq", "N5tLw3xZ9m", …]}}, {@code {"a": "AKIAZ7QW", "b": "3RT5YU2IOP4K"}}, a
 * card number one group a value. The short values of each array or object (each at most {@value #MAX_PIECE}
 * characters without white space; keys and long texts are left out) are joined in order, as they are and a value a
 * line, into two fields scanned beside the values themselves: the first finds what the values make together when
 * they are all of it, the second a key whose pieces stand among other values (each piece starts a line, and the
 * secrets plugin reads a key wrapped over lines). A finding there that spans two or more values is reported on each of them, over the
 * part of it each holds, so each is redacted where it stands; one inside a single value is that value's own to find.
 * <p>
 * What a join may report is narrow: a provider's key or token (its prefix or shape, not a generic secret found by a
 * name or by entropy), a card number or an IBAN (each with its check digits). Joined short values are not prose, and
 * nothing else in them is read as meant. Joins are at most {@value #MAX_JOINED} characters; an array or object with
 * more is joined in windows that overlap by {@value #OVERLAP} characters, so a value of that length or less cut
 * anywhere lies whole in one window.
 */
public final class JoinedValues {
    public static final String SUFFIX = "|joined";
    static final int MAX_PIECE = 64;
    static final int MIN_JOINED = 12;
    static final int MAX_JOINED = 1024;
    static final int OVERLAP = 256;
    private static final Set<String> GENERIC = Set.of("GENERIC_SECRET", "PASSWORD");
    private static final Set<String> CHECKED_PII = Set.of("CREDIT_CARD", "IBAN");
    private static final JoinedValues NONE = new JoinedValues(Map.of());

    /** A join: its field, and where each value stands in its text. */
    private record Join(ScanField field, List<TextSlot> pieces, int[] starts) {
    }

    private final Map<String, Join> joins;

    private JoinedValues(Map<String, Join> joins) {
        this.joins = joins;
    }

    /**
     * The joins of a body's slots (as {@link CallSlots#bodySlots} makes them): the values of its JSON, and of JSON
     * inside its strings ({@code "[\"g\", \"h\", …]"}).
     */
    public static JoinedValues of(List<TextSlot> body) {
        Map<String, List<TextSlot>> byContainer = new LinkedHashMap<>();
        for (TextSlot top : body) {
            top.forEachSlot(slot -> {
                String container = slot.scanned() && isPiece(slot) ? containerOf(slot) : null;
                if (container != null) {
                    byContainer.computeIfAbsent(container, c -> new ArrayList<>()).add(slot);
                }
            });
        }
        Map<String, Join> joins = new LinkedHashMap<>();
        byContainer.forEach((container, pieces) -> {
            if (pieces.size() >= 2) {
                addWindows(container, pieces, joins);
            }
        });
        return joins.isEmpty() ? NONE : new JoinedValues(joins);
    }

    public boolean isEmpty() {
        return joins.isEmpty();
    }

    /** The joined fields, to scan beside the call's own. */
    public List<ScanField> fields() {
        List<ScanField> fields = new ArrayList<>(joins.size());
        joins.values().forEach(join -> fields.add(join.field()));
        return fields;
    }

    /**
     * {@code findings} with those of the joined fields moved onto the values they span: a finding of a kind a join
     * may report that spans two or more values becomes one finding on each, over its part there; any other finding of
     * a join is dropped. Findings of the call's own fields are kept as they are.
     */
    public List<Finding> onValues(List<Finding> findings) {
        if (joins.isEmpty()) {
            return findings;
        }
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            if (!joins.containsKey(finding.path())) {
                out.add(finding);
            }
        }
        List<Finding> spread = new ArrayList<>();
        for (Finding finding : findings) {
            Join join = joins.get(finding.path());
            if (join != null && reportable(finding)) {
                spread(finding, join, out, spread);
            }
        }
        // the same part found by both joins of a window, or by two windows, is reported once
        Set<String> seen = new java.util.HashSet<>();
        for (Finding part : spread) {
            if (seen.add(part.path() + '\u0000' + part.start() + '\u0000' + part.end() + '\u0000'
                    + part.entityType())) {
                out.add(part);
            }
        }
        return out;
    }

    private static boolean reportable(Finding finding) {
        return DataClasses.SECRETS.equals(finding.dataClass()) ? !GENERIC.contains(finding.entityType())
                : CHECKED_PII.contains(finding.entityType());
    }

    /**
     * The parts of a join's finding, added to {@code out} when it spans two or more values and none of them holds a
     * finding of its type over its part already (a key found as written, which a pattern without an end ran on from
     * into the next value).
     */
    private static void spread(Finding finding, Join join, List<Finding> own, List<Finding> out) {
        List<Finding> parts = new ArrayList<>(2);
        for (int k = 0; k < join.pieces().size(); k++) {
            TextSlot piece = join.pieces().get(k);
            int pieceStart = join.starts()[k];
            int from = Math.max(finding.start(), pieceStart);
            int to = Math.min(finding.end(), pieceStart + piece.text().length());
            if (from < to) {
                parts.add(new Finding(finding.entityType(), finding.dataClass(), piece.path(), piece.location(),
                        from - pieceStart, to - pieceStart, finding.confidence(), finding.ruleId(),
                        finding.issuerDomains()));
            }
        }
        if (parts.size() < 2) {
            return;
        }
        for (Finding part : parts) {
            for (Finding found : own) {
                if (found.path().equals(part.path()) && found.entityType().equals(part.entityType())
                        && found.start() < part.end() && part.start() < found.end()) {
                    return;
                }
            }
        }
        out.addAll(parts);
    }

    /** A short value with no white space: a key's part, a card's group, a character. */
    private static boolean isPiece(TextSlot slot) {
        String text = slot.text();
        if (text.isEmpty() || text.length() > MAX_PIECE || slot.path().endsWith(JsonTextWalker.KEY_SUFFIX)) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The array or object a value stands in ({@code $.parts} for {@code $.parts[2]}), or null when not known. */
    private static String containerOf(TextSlot slot) {
        String path = slot.path();
        if (path.endsWith("]")) {
            int open = path.lastIndexOf('[');
            boolean index = open > 0 && open < path.length() - 2;
            for (int i = open + 1; index && i < path.length() - 1; i++) {
                index = Character.isDigit(path.charAt(i));
            }
            if (index) {
                return path.substring(0, open);
            }
        }
        if (slot.key() == null) {
            return null;
        }
        try {
            return JsonPaths.parentOf(path, slot.key());
        } catch (IllegalArgumentException notAMember) {
            return null;
        }
    }

    /** Joins of {@code pieces}, in windows of at most {@link #MAX_JOINED} characters overlapping by {@link #OVERLAP}. */
    private static void addWindows(String container, List<TextSlot> pieces, Map<String, Join> joins) {
        int first = 0;
        while (first < pieces.size()) {
            StringBuilder text = new StringBuilder();
            List<TextSlot> window = new ArrayList<>();
            List<Integer> starts = new ArrayList<>();
            int end = first;
            while (end < pieces.size() && (window.isEmpty()
                    || text.length() + pieces.get(end).text().length() <= MAX_JOINED)) {
                starts.add(text.length());
                window.add(pieces.get(end));
                text.append(pieces.get(end).text());
                end++;
            }
            if (window.size() >= 2 && text.length() >= MIN_JOINED) {
                int[] glued = starts.stream().mapToInt(Integer::intValue).toArray();
                addJoin(container, window, text.toString(), glued, joins);
                // a line each: a value starting a key stands at a line's start, and a key's pieces are found as a
                // key wrapped over lines (the secrets plugin joins those), whatever the values before and after it
                StringBuilder lines = new StringBuilder(text.length() + window.size());
                int[] lineStarts = new int[window.size()];
                for (int k = 0; k < window.size(); k++) {
                    lineStarts[k] = lines.length();
                    lines.append(window.get(k).text()).append('\n');
                }
                addJoin(container, window, lines.toString(), lineStarts, joins);
            }
            if (end == pieces.size()) {
                return;
            }
            // the next window starts at the first value within OVERLAP characters of this one's end
            int next = end - 1;
            while (next > first + 1 && text.length() - starts.get(next - 1 - first) <= OVERLAP) {
                next--;
            }
            first = Math.max(first + 1, next);
        }
    }

    private static void addJoin(String container, List<TextSlot> window, String text, int[] starts,
                                Map<String, Join> joins) {
        String path = container + SUFFIX + "[" + joins.size() + "]";
        ScanField field = new ScanField(path, window.get(0).location(), keyOf(container), text);
        joins.put(path, new Join(field, window, starts));
    }

    /** The name of the array or object ({@code parts} for {@code $.parts}), or null for the root. */
    private static String keyOf(String container) {
        int dot = container.lastIndexOf('.');
        return dot < 0 || dot == container.length() - 1 ? null : container.substring(dot + 1);
    }
}
