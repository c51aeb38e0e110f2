package io.interven.gateway.core.fields;

import io.interven.spi.Finding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Findings of one value read twice: as written, and as the value a run of its text spells ({@link SpelledRuns}),
 * such as a card number in groups of four or an IBAN in blocks. The spelled reading adds nothing where the text as
 * written has a finding of the same type over the run: that finding is dropped, so the value is reported once and
 * redacted in place. A spelled finding of a type not found as written over its run is kept.
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

    /** Where a spelled run stands: its text's path and its characters {@code [start, end)} there. */
    private record RunSpan(String textPath, int start, int end) {
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
                        runs.put(piece.childPath(), new RunSpan(slot.path(), piece.start(), piece.end()));
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
            if (run == null || !foundAsWritten(findings, run, finding.entityType())) {
                kept.add(finding);
            }
        }
        return kept;
    }

    private static boolean foundAsWritten(List<Finding> findings, RunSpan run, String entityType) {
        for (Finding finding : findings) {
            if (finding.path().equals(run.textPath()) && finding.entityType().equals(entityType)
                    && finding.start() < run.end() && run.start() < finding.end()) {
                return true;
            }
        }
        return false;
    }
}
