package io.interven.gateway.core.fields;

import io.interven.spi.Finding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.IntUnaryOperator;

/**
 * Findings of one value read twice: as written, and as the value a run of its text spells ({@link SpelledRuns}), such
 * as an IBAN in blocks of four or a URL in a string literal next to another. The spelled reading adds nothing where the
 * text as written has a finding of the same type or data class over the same value: that finding is dropped, so the
 * value is reported once and redacted in place. A spelled finding that reaches further than what was found as written
 * is kept (a key's first literal alone may read as a shorter key: the joined key is still found, and redacted whole).
 */
public final class RespelledFindings {
    private RespelledFindings() {
    }

    /** {@code findings} of a call's slots, without the spelled readings of values found as written. */
    public static List<Finding> withoutRepeats(List<Finding> findings, CallSlots slots) {
        return hasSpelled(findings) ? withoutRepeats(findings, runsOf(slots::forEachSlot)) : findings;
    }

    /** The same for top-level slots (a body alone). */
    public static List<Finding> withoutRepeats(List<Finding> findings, List<TextSlot> slots) {
        return hasSpelled(findings)
                ? withoutRepeats(findings, runsOf(visitor -> slots.forEach(slot -> slot.forEachSlot(visitor))))
                : findings;
    }

    /**
     * Where a spelled run stands: its text's path and its characters {@code [start, end)} there, and how offsets of
     * the text inside it map to the value it spells (null when they do not).
     */
    private record RunSpan(String textPath, int start, int end, IntUnaryOperator toValue) {
    }

    private static boolean hasSpelled(List<Finding> findings) {
        for (Finding finding : findings) {
            if (finding.path().endsWith(LayerDecoder.SPELLED_SUFFIX)) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, RunSpan> runsOf(Consumer<Consumer<TextSlot>> walk) {
        Map<String, RunSpan> runs = new HashMap<>();
        walk.accept(slot -> {
            if (slot.layer() instanceof SplicedLayer spliced) {
                for (SplicedLayer.Piece piece : spliced.pieces()) {
                    if (piece.childPath().endsWith(LayerDecoder.SPELLED_SUFFIX)) {
                        runs.put(piece.childPath(), new RunSpan(slot.path(), piece.start(), piece.end(),
                                piece.toChild()));
                    }
                }
            }
        });
        return runs;
    }

    private static List<Finding> withoutRepeats(List<Finding> findings, Map<String, RunSpan> runs) {
        List<Finding> kept = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            RunSpan run = runs.get(finding.path());
            if (run == null || !foundAsWritten(findings, run, finding)) {
                kept.add(finding);
            }
        }
        return kept;
    }

    /**
     * Whether the text as written has a finding of the spelled finding's type or data class over the same value: one
     * that, mapped into the value, covers the spelled finding, or, where offsets do not map, one that covers the whole
     * run (a Django key found by its rule, and the same key read from its literal under a name announcing a secret).
     */
    private static boolean foundAsWritten(List<Finding> findings, RunSpan run, Finding spelled) {
        for (Finding finding : findings) {
            if (!finding.path().equals(run.textPath())) {
                continue;
            }
            if (!finding.entityType().equals(spelled.entityType())
                    && !finding.dataClass().equals(spelled.dataClass())) {
                continue;
            }
            if (finding.start() <= run.start() && run.end() <= finding.end()) {
                return true;
            }
            if (run.toValue() != null && run.start() <= finding.start() && finding.end() <= run.end()
                    && run.toValue().applyAsInt(finding.start()) <= spelled.start()
                    && spelled.end() <= run.toValue().applyAsInt(finding.end())) {
                return true;
            }
        }
        return false;
    }
}
