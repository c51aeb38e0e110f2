package io.interven.gateway.core;

import io.interven.gateway.policy.PolicyInput;
import io.interven.spi.Finding;
import io.interven.spi.ScanField;
import io.interven.spi.SignalResult;
import java.util.ArrayList;
import java.util.List;

/**
 * What answers and traces may show of a scan. Finding paths and rule ids, the host, the URL path, the agent's name
 * and runtime type, and signal details describe the call; every value the scan found
 * (in the call) is replaced in them by its marker, so that no value reaches a client
 * or the database through a side door. Works from the findings alone, whatever slot they were found in.
 */
final class ScanDisclosure {
    private final FoundValues found;

    private ScanDisclosure(FoundValues found) {
        this.found = found;
    }

    /** Hides the text of each of {@code findings}, read from {@code fields}. */
    static ScanDisclosure of(List<Finding> findings, List<ScanField> fields) {
        return new ScanDisclosure(FoundValues.of(findings, fields));
    }

    String text(String text) {
        return found.redact(text);
    }

    /** Findings whose paths name no found value: keys that are values become markers, then any value left. */
    List<Finding> findings(List<Finding> findings, List<ScanField> fields) {
        List<Finding> keysHidden = DisclosablePaths.of(findings, fields);
        if (found.isEmpty()) {
            return keysHidden;
        }
        List<Finding> safe = new ArrayList<>(keysHidden.size());
        for (Finding f : keysHidden) {
            String path = text(f.path());
            String ruleId = text(f.ruleId());
            safe.add(path.equals(f.path()) && ruleId.equals(f.ruleId()) ? f : new Finding(f.entityType(),
                    f.dataClass(), path, f.location(), f.start(), f.end(), f.confidence(), ruleId, f.issuerDomains()));
        }
        return safe;
    }

    List<SignalResult> signals(List<SignalResult> fired) {
        if (found.isEmpty()) {
            return fired;
        }
        return fired.stream().map(s -> new SignalResult(s.signalId(), s.reasonCode(), s.weight(), text(s.detail())))
                .toList();
    }

    /**
     * The policy input as answers and traces keep it: {@code decided} with the texts that describe the call
     * disclosed (host, agent name, runtime type) and {@code path} (the redacted URL path) as its path.
     */
    PolicyInput policyInput(PolicyInput decided, String path) {
        return decided.toBuilder()
                .host(text(decided.host()))
                .path(text(path))
                .agentName(text(decided.agentName()))
                .runtimeType(text(decided.runtimeType()))
                .build();
    }
}
