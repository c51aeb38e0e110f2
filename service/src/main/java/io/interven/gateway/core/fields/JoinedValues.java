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
 * A value cut into pieces across the values of a body, as an agent told to send a key in parts writes it. Two kinds
 * of joins are made, each scanned beside the values themselves:
 * <ul>
 *   <li><b>The short values of one JSON array or object</b>: {@code {"parts": ["ghp_R8bY2kq", "N5tLw3xZ9m", …]}},
 *   {@code {"a": "AKIAZ7QW", "b": "3RT5YU2IOP4K"}}, a card number one group a value. Each value of at most
 *   {@value #MAX_PIECE} characters without white space (keys and long texts are left out) is a piece. The values are
 *   joined in order, as they are and a value a line: the first finds what they make together when they are all of
 *   it, the second a key whose pieces stand among other values (each piece starts a line, and the secrets plugin
 *   reads a key wrapped over lines).</li>
 *   <li><b>Two words that may be the halves of a key</b> ({@link KeyLikeWordPairs}): the last word written as a key is
 *   of one text with the first of the next ({@code "part one: ghp_R8bY2kqN5tLw"}, {@code "part two: 3xZ9…"}), in two
 *   members or in the texts of two objects of a list, and two such words a space apart in one text. Each pair is
 *   glued, a pair a line.</li>
 * </ul>
 * A finding of a join that spans two or more pieces is reported on each value it spans, over the part each holds, so
 * each is redacted where it stands; one inside a single piece is that value's own to find.
 * <p>
 * What a join may report is narrow: a provider's key or token found by its prefix or shape with a confidence of
 * {@value #MIN_CONFIDENCE} or more (not a generic secret, nor a key found by a name or a keyword near it, nor by
 * entropy), and for joins of short values a card number or an IBAN (each with its check digits). Joined
 * pieces are not prose, and nothing else in them is read as meant. Joins are at most {@value #MAX_JOINED} characters;
 * more pieces are joined in windows that overlap by {@value #OVERLAP} characters, so a value of that length or less
 * cut anywhere lies whole in one window.
 */
public final class JoinedValues {
    public static final String SUFFIX = "|joined";
    static final int MAX_PIECE = 64;
    static final int MIN_JOINED = 12;
    static final int MAX_JOINED = 1024;
    static final int OVERLAP = 256;
    static final double MIN_CONFIDENCE = 0.9;
    private static final Set<String> GENERIC = Set.of("GENERIC_SECRET", "PASSWORD");
    private static final Set<String> CHECKED_PII = Set.of("CREDIT_CARD", "IBAN");
    /** Where the joins of the body's key-like words are filed. */
    private static final String WORDS = "$words";
    private static final JoinedValues NONE = new JoinedValues(Map.of());

    /** A join: its field, its pieces, where each piece stands in its text, and whether they are words of texts. */
    private record Join(ScanField field, List<JoinPiece> pieces, int[] starts, boolean ofWords) {
    }

    private final Map<String, Join> joins;

    private JoinedValues(Map<String, Join> joins) {
        this.joins = joins;
    }

    /**
     * The joins of a body's slots (as {@link CallSlots#bodySlots} makes them): the values of its JSON, and of JSON
     * inside its strings ({@code "[\"g\", \"h\", …]"}); the words of the texts of the body alone.
     */
    public static JoinedValues of(List<TextSlot> body) {
        return of(List.of(), body);
    }

    /**
     * The joins of a call: of its body's values ({@link #of(List)}), and of the words of the texts of the call, the
     * slots {@code outsideBody} (query, fragment, headers) first, so that a key cut between a header or the query and
     * the body is read too.
     */
    public static JoinedValues of(List<TextSlot> outsideBody, List<TextSlot> body) {
        Map<String, List<List<JoinPiece>>> byContainer = new LinkedHashMap<>();
        for (TextSlot top : body) {
            top.forEachSlot(slot -> {
                String container = slot.scanned() && isPiece(slot) ? containerOf(slot) : null;
                if (container != null) {
                    byContainer.computeIfAbsent(container, c -> new ArrayList<>()).add(List.of(JoinPiece.whole(slot)));
                }
            });
        }
        Map<String, Join> joins = new LinkedHashMap<>();
        byContainer.forEach((container, values) -> {
            if (values.size() >= 2) {
                addWindows(container, values, false, joins, Layout.GLUED, Layout.A_UNIT_A_LINE);
            }
        });
        List<TextSlot> texts = outsideBody.isEmpty() ? body : new ArrayList<>(outsideBody);
        if (!outsideBody.isEmpty()) {
            texts.addAll(body);
        }
        List<List<JoinPiece>> pairs = KeyLikeWordPairs.of(texts);
        if (!pairs.isEmpty()) {
            addWindows(WORDS, pairs, true, joins, Layout.A_UNIT_A_LINE);
        }
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
            if (join != null && reportable(finding, join.ofWords())) {
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

    /**
     * A key found by its shape with high confidence (a provider's prefix or format), or in a join of short values a
     * card number or IBAN. A key found by a name or a keyword near it (a provider's key by name scores
     * less than {@value #MIN_CONFIDENCE}) is not: in a join, the words around a piece are not its context.
     */
    private static boolean reportable(Finding finding, boolean ofWords) {
        return DataClasses.SECRETS.equals(finding.dataClass())
                ? !GENERIC.contains(finding.entityType()) && finding.confidence() >= MIN_CONFIDENCE
                : !ofWords && CHECKED_PII.contains(finding.entityType());
    }

    /**
     * The parts of a join's finding, added to {@code out} when it spans two or more pieces and none of them holds a
     * finding of its type over its part already: a key found as written in its value, which a pattern without an end
     * (or with an open-ended last segment, as a JWT's) ran on from into the next piece, is that value's own.
     */
    private static void spread(Finding finding, Join join, List<Finding> own, List<Finding> out) {
        List<Finding> parts = new ArrayList<>(2);
        for (int k = 0; k < join.pieces().size(); k++) {
            JoinPiece piece = join.pieces().get(k);
            int pieceStart = join.starts()[k];
            int from = Math.max(finding.start(), pieceStart);
            int to = Math.min(finding.end(), pieceStart + piece.length());
            if (from < to) {
                int offset = piece.from() - pieceStart;
                parts.add(new Finding(finding.entityType(), finding.dataClass(), piece.slot().path(),
                        piece.slot().location(), from + offset, to + offset, finding.confidence(), finding.ruleId(),
                        finding.issuerDomains()));
            }
        }
        if (parts.size() < 2) {
            return;
        }
        for (Finding part : parts) {
            if (isFoundIn(part, own)) {
                return;
            }
        }
        out.addAll(parts);
    }

    private static boolean isFoundIn(Finding part, List<Finding> own) {
        for (Finding found : own) {
            if (found.path().equals(part.path()) && found.entityType().equals(part.entityType())
                    && found.start() < part.end() && part.start() < found.end()) {
                return true;
            }
        }
        return false;
    }

    /** A short value with no white space: a key's part, a card's group, a character. */
    private static boolean isPiece(TextSlot slot) {
        String text = slot.text();
        return !text.isEmpty() && text.length() <= MAX_PIECE && !slot.path().endsWith(JsonTextWalker.KEY_SUFFIX)
                && !LayerDecoder.containsWhitespace(text);
    }

    /** The array or object a value stands in ({@code $.parts} for {@code $.parts[2]}), or null when not known. */
    private static String containerOf(TextSlot slot) {
        String path = slot.path();
        String array = JsonPaths.arrayOf(path);
        if (array != null) {
            return array;
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

    /** How the units of a window (a value, or a pair of words) are laid out in a join's text. */
    private enum Layout {
        /** Glued together as they are: what the values make when they are all of it. */
        GLUED,
        /**
         * A unit a line, its pieces glued: a unit starting a key stands at a line's start, and a key's values are
         * found as a key wrapped over lines (the secrets plugin joins those), whatever the values before and after it.
         */
        A_UNIT_A_LINE
    }

    /**
     * Joins of {@code units} (each a list of pieces glued together) in each of {@code layouts}, in windows of at most
     * {@link #MAX_JOINED} characters of pieces overlapping by {@link #OVERLAP}; {@code ofWords} tells whether they are
     * words of texts (whose joins report no card numbers or IBANs).
     */
    private static void addWindows(String container, List<List<JoinPiece>> units, boolean ofWords,
                                   Map<String, Join> joins, Layout... layouts) {
        int first = 0;
        while (first < units.size()) {
            int length = 0;
            List<Integer> starts = new ArrayList<>();
            int end = first;
            while (end < units.size() && (end == first || length + lengthOf(units.get(end)) <= MAX_JOINED)) {
                starts.add(length);
                length += lengthOf(units.get(end));
                end++;
            }
            List<List<JoinPiece>> window = units.subList(first, end);
            if (piecesIn(window) >= 2 && length >= MIN_JOINED) {
                for (Layout layout : layouts) {
                    addJoin(container, window, layout, ofWords, joins);
                }
            }
            if (end == units.size()) {
                return;
            }
            // the next window starts at the first unit within OVERLAP characters of this one's end
            int next = end - 1;
            while (next > first + 1 && length - starts.get(next - 1 - first) <= OVERLAP) {
                next--;
            }
            first = Math.max(first + 1, next);
        }
    }

    private static int lengthOf(List<JoinPiece> unit) {
        int length = 0;
        for (JoinPiece piece : unit) {
            length += piece.length();
        }
        return length;
    }

    private static int piecesIn(List<List<JoinPiece>> units) {
        int pieces = 0;
        for (List<JoinPiece> unit : units) {
            pieces += unit.size();
        }
        return pieces;
    }

    private static void addJoin(String container, List<List<JoinPiece>> window, Layout layout, boolean ofWords,
                                Map<String, Join> joins) {
        StringBuilder text = new StringBuilder();
        List<JoinPiece> laid = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        for (List<JoinPiece> unit : window) {
            for (JoinPiece piece : unit) {
                starts.add(text.length());
                laid.add(piece);
                piece.appendTo(text);
            }
            if (layout == Layout.A_UNIT_A_LINE) {
                text.append('\n');
            }
        }
        String path = container + SUFFIX + "[" + joins.size() + "]";
        ScanField field = new ScanField(path, laid.get(0).slot().location(), keyOf(container), text.toString());
        joins.put(path, new Join(field, laid, starts.stream().mapToInt(Integer::intValue).toArray(), ofWords));
    }

    /** The name of the array or object ({@code parts} for {@code $.parts}), or null for the root. */
    private static String keyOf(String container) {
        if (container.equals(WORDS)) {
            return null;
        }
        int dot = container.lastIndexOf('.');
        return dot < 0 || dot == container.length() - 1 ? null : container.substring(dot + 1);
    }
}
