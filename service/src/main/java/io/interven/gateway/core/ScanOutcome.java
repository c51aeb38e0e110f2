package io.interven.gateway.core;

import io.interven.gateway.policy.Decision;
import io.interven.gateway.policy.PolicyInput;
import io.interven.gateway.policy.PolicyVerdict;
import io.interven.spi.Finding;
import io.interven.spi.SignalResult;
import io.interven.spi.ToolMatch;
import java.util.List;
import java.util.UUID;

/**
 * Everything one scan decided. Holds no raw value: findings are spans, the sanitized call has its values redacted.
 *
 * @param policyInput  the facts policies decided on, with every value the scan found hidden in the texts that
 *                     describe the call ({@link ScanDisclosure}), as answers and traces keep them
 * @param verdict      the deciding policy rule; null when the scan failed closed before policy evaluation
 * @param sanitized    present when the decision is SANITIZE
 * @param approvalId   present when the decision is REQUIRE_APPROVAL (set by the approval step)
 * @param failure      which component failed when the scan failed closed, otherwise null
 */
public record ScanOutcome(UUID traceId, Decision decision, RiskAssessment risk, List<String> reasonCodes,
                          ToolMatch tool, List<String> classifications, List<Finding> findings,
                          List<SignalResult> signals, PolicyInput policyInput, PolicyVerdict verdict,
                          SanitizedCall sanitized, UUID approvalId, String bodyFingerprint, String failure) {
    public ScanOutcome {
        reasonCodes = List.copyOf(reasonCodes);
        classifications = List.copyOf(classifications);
        findings = List.copyOf(findings);
        signals = List.copyOf(signals);
    }

    public ScanOutcome withApproval(UUID id) {
        return new ScanOutcome(traceId, decision, risk, reasonCodes, tool, classifications, findings, signals,
                policyInput, verdict, sanitized, id, bodyFingerprint, failure);
    }

    /** The same scan answered differently, for example ALLOW because an approval was granted. */
    public ScanOutcome withDecision(Decision newDecision, List<String> newReasonCodes) {
        return new ScanOutcome(traceId, newDecision, risk, newReasonCodes, tool, classifications, findings, signals,
                policyInput, verdict, newDecision == Decision.SANITIZE ? sanitized : null, approvalId, bodyFingerprint,
                failure);
    }
}
