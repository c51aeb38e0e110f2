package io.interven.gateway.core.fields;

import io.interven.spi.Finding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntUnaryOperator;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * A text whose children are pieces of it: the strings, numbers and keys of a JSON text, the names and values of a
 * form, the segments of a URL path, the parts of a multipart body, the encoded runs inside prose. Rebuilding
 * writes each changed child back over its piece, in the piece's own encoding, and keeps every other character as
 * written (whitespace, duplicate keys, trailing text, untouched escapes).
 *
 * @param pieces where each child's text sits in the slot's text
 */
public record SplicedLayer(List<Piece> pieces) implements Layer {

    /**
     * The characters {@code [start, end)} of the slot's text hold the child {@code childPath}; {@code encoding}
     * turns a changed child text back into what is written there (JSON string quoting, percent-encoding, ...);
     * {@code toChild}, when not null, maps an offset of the slot's text inside the piece to the same place in the
     * child's text (a CSV cell: the child is the piece as written, or with its {@code ""} unescaped);
     * {@code whenFoundInChild}: a finding of the slot's text is handed to the child only when something was found in
     * the child itself, which is then written back anyway (a value spelled out: written back as read, it would lose
     * its spelling for nothing).
     */
    public record Piece(String childPath, int start, int end, UnaryOperator<String> encoding,
                        IntUnaryOperator toChild, boolean whenFoundInChild) {
        public Piece(String childPath, int start, int end, UnaryOperator<String> encoding) {
            this(childPath, start, end, encoding, null, false);
        }

        public Piece(String childPath, int start, int end, UnaryOperator<String> encoding, IntUnaryOperator toChild) {
            this(childPath, start, end, encoding, toChild, false);
        }
    }

    public SplicedLayer {
        pieces = List.copyOf(pieces);
    }

    @Override
    public String rebuild(TextSlot slot, Map<String, String> replaced) {
        return splice(slot.text(), edits(replaced));
    }

    /**
     * The slot's text with changed children written back and, between them, the spans of {@code own} findings
     * (found in the slot's own raw text) redacted; empty when a finding overlaps a changed piece, in which case
     * the caller replaces the whole value.
     */
    Optional<Redacted> rebuildRedacting(TextSlot slot, Map<String, String> replaced, List<Finding> own) {
        List<Edit> edits = edits(replaced);
        String text = slot.text();
        for (Finding finding : own) {
            for (Edit edit : edits) {
                if (finding.start() < edit.end() && edit.start() < finding.end()) {
                    return Optional.empty();
                }
            }
        }
        List<Edit> all = new ArrayList<>(edits);
        int redactions = 0;
        int gapStart = 0;
        List<Edit> bounds = new ArrayList<>(edits);
        bounds.add(new Edit(text.length(), text.length(), ""));
        for (Edit bound : bounds) {
            List<Finding> inGap = new ArrayList<>();
            for (Finding f : own) {
                if (f.start() >= gapStart && Math.min(f.end(), text.length()) <= bound.start()) {
                    inGap.add(shifted(f, -gapStart));
                }
            }
            if (!inGap.isEmpty()) {
                SpanRedactor.Redacted gap = SpanRedactor.redact(text.substring(gapStart, bound.start()), inGap);
                all.add(new Edit(gapStart, bound.start(), gap.text()));
                redactions += gap.redactions();
            }
            gapStart = bound.end();
        }
        all.sort(Comparator.comparingInt(Edit::start));
        return Optional.of(new Redacted(splice(text, all), redactions));
    }

    /**
     * Splits findings in the slot's own text: those lying wholly inside a piece that maps its offsets to its child
     * ({@link Piece#toChild}), when that child is scanned, go to that child at the mapped offsets, since the child
     * holds the same value; the rest stay the slot's own. Redacting the value in the child then keeps the rest of
     * the text as written, where the finding would otherwise overlap the changed child and cost the whole text.
     */
    HandedDown handDown(TextSlot slot, List<Finding> own, Predicate<String> foundInChild) {
        List<Piece> sorted = new ArrayList<>();
        for (Piece piece : pieces) {
            if (piece.toChild() != null && (!piece.whenFoundInChild() || foundInChild.test(piece.childPath()))) {
                sorted.add(piece);
            }
        }
        if (sorted.isEmpty()) {
            return new HandedDown(own, Map.of());
        }
        Set<String> scanned = new HashSet<>();
        for (TextSlot child : slot.children()) {
            if (child.scanned()) {
                scanned.add(child.path());
            }
        }
        sorted.sort(Comparator.comparingInt(Piece::start));
        List<Finding> kept = new ArrayList<>();
        Map<String, List<Finding>> byChild = new HashMap<>();
        for (Finding f : own) {
            Piece piece = pieceHolding(sorted, f.start(), f.end());
            if (piece == null || !scanned.contains(piece.childPath())) {
                kept.add(f);
            } else {
                Finding moved = new Finding(f.entityType(), f.dataClass(), piece.childPath(), f.location(),
                        piece.toChild().applyAsInt(f.start()), piece.toChild().applyAsInt(f.end()), f.confidence(),
                        f.ruleId(), f.issuerDomains());
                byChild.computeIfAbsent(piece.childPath(), p -> new ArrayList<>()).add(moved);
            }
        }
        return new HandedDown(kept, byChild);
    }

    /** The piece (sorted by start, not overlapping) that holds {@code [start, end)} wholly, or null. */
    private static Piece pieceHolding(List<Piece> sorted, int start, int end) {
        int low = 0;
        int high = sorted.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            Piece piece = sorted.get(mid);
            if (piece.start() > start) {
                high = mid - 1;
            } else if (piece.end() < end) {
                low = mid + 1;
            } else {
                return piece;
            }
        }
        return null;
    }

    /** Findings of a slot's own text: those it keeps, and those handed to its children by child path. */
    record HandedDown(List<Finding> kept, Map<String, List<Finding>> byChild) {
    }

    /** A rebuilt text and how many spans of its own were redacted. */
    record Redacted(String text, int redactions) {
    }

    private record Edit(int start, int end, String text) {
    }

    private List<Edit> edits(Map<String, String> replaced) {
        List<Edit> edits = new ArrayList<>();
        for (Piece piece : pieces) {
            String changed = replaced.get(piece.childPath());
            if (changed != null) {
                edits.add(new Edit(piece.start(), piece.end(), piece.encoding().apply(changed)));
            }
        }
        edits.sort(Comparator.comparingInt(Edit::start));
        return edits;
    }

    private static String splice(String text, List<Edit> edits) {
        StringBuilder out = new StringBuilder(text.length());
        int cursor = 0;
        for (Edit edit : edits) {
            out.append(text, cursor, edit.start()).append(edit.text());
            cursor = edit.end();
        }
        return out.append(text, cursor, text.length()).toString();
    }

    private static Finding shifted(Finding f, int by) {
        return new Finding(f.entityType(), f.dataClass(), f.path(), f.location(), f.start() + by, f.end() + by,
                f.confidence(), f.ruleId(), f.issuerDomains());
    }
}
