package io.interven.gateway.core.fields;

import io.interven.spi.Finding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Redacts a slot and everything decoded from it. A plain slot has its finding spans replaced; a layered slot is
 * rebuilt from its redacted children and re-encoded in its own encoding. A slot scanned both raw and decoded
 * (base64, Basic auth, a URL with decoded segments, prose with encoded runs) with findings in both forms keeps
 * its raw findings redacted in place when they lie outside the changed pieces ({@link SplicedLayer}); otherwise
 * the whole value is replaced, since neither form may keep the other's secret. A finding in the raw text that lies
 * wholly in a piece that maps to its child (a CSV cell) is redacted in that child. The recursion follows the
 * slot tree, whose depth is bounded by {@link DecodeBudget#MAX_DEPTH}.
 */
public final class SlotRedactor {
    private final Map<String, List<Finding>> findingsByPath;
    private int redactions;

    public SlotRedactor(List<Finding> findings) {
        this.findingsByPath = findings.stream().collect(Collectors.groupingBy(Finding::path));
    }

    /** The redacted text of the slot, or empty when nothing in it was found. */
    public Optional<String> redact(TextSlot slot) {
        return redact(slot, List.of());
    }

    /** {@code handed}: findings of the parent's text that lie wholly in this slot ({@link SplicedLayer#handDown}). */
    private Optional<String> redact(TextSlot slot, List<Finding> handed) {
        List<Finding> own = slot.scanned() ? findingsByPath.getOrDefault(slot.path(), List.of()) : List.of();
        if (!handed.isEmpty()) {
            own = new ArrayList<>(own);
            own.addAll(handed);
        }
        Map<String, List<Finding>> toChildren = Map.of();
        if (!own.isEmpty() && !slot.children().isEmpty() && slot.layer() instanceof SplicedLayer spliced) {
            SplicedLayer.HandedDown split = spliced.handDown(slot, own, this::foundAtOrUnder);
            own = split.kept();
            toChildren = split.byChild();
        }
        Map<String, String> replaced = new HashMap<>();
        for (TextSlot child : slot.children()) {
            redact(child, toChildren.getOrDefault(child.path(), List.of()))
                    .ifPresent(text -> replaced.put(child.path(), text));
        }
        if (replaced.isEmpty()) {
            if (own.isEmpty()) {
                return Optional.empty();
            }
            SpanRedactor.Redacted redacted = SpanRedactor.redact(slot.text(), own);
            redactions += redacted.redactions();
            return Optional.of(redacted.text());
        }
        if (!own.isEmpty()) {
            if (slot.layer() instanceof SplicedLayer spliced) {
                Optional<SplicedLayer.Redacted> both = spliced.rebuildRedacting(slot, replaced, own);
                if (both.isPresent()) {
                    redactions += both.get().redactions();
                    return Optional.of(both.get().text());
                }
            }
            redactions++;
            return Optional.of(SpanRedactor.marker(widest(own)));
        }
        return Optional.of(slot.layer().rebuild(slot, replaced));
    }

    /** Whether anything was found in the slot at {@code path} or in a text decoded from it. */
    private boolean foundAtOrUnder(String path) {
        for (String found : findingsByPath.keySet()) {
            if (found.startsWith(path) && (found.length() == path.length() || found.charAt(path.length()) == '|'
                    || found.charAt(path.length()) == '.' || found.charAt(path.length()) == '[')) {
                return true;
            }
        }
        return false;
    }

    /** How many separate spans were redacted so far. */
    public int redactions() {
        return redactions;
    }

    private static String widest(List<Finding> findings) {
        return findings.stream().max((a, b) -> Integer.compare(a.length(), b.length())).orElseThrow().entityType();
    }
}
