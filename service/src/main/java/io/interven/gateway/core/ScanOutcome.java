package io.interven.gateway.core;

import io.interven.gateway.policy.Decision;
import io.interven.gateway.policy.GatewayReasonCodes;
import io.interven.gateway.policy.PolicyInput;
import io.interven.gateway.policy.PolicyVerdict;
import io.interven.gateway.policy.RuleMatchResult;
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
 * @param principalFindings the findings (of {@code findings}) that are the call's principals: kept by sanitizing,
 *                     marked in the answer ({@link PrincipalFindings})
 */
public record ScanOutcome(UUID traceId, Decision decision, RiskAssessment risk, List<String> reasonCodes,
                          ToolMatch tool, List<String> classifications, List<Finding> findings,
                          List<SignalResult> signals, PolicyInput policyInput, PolicyVerdict verdict,
                          SanitizedCall sanitized, UUID approvalId, String bodyFingerprint, String failure,
                          List<Finding> principalFindings) {
    public ScanOutcome {
        reasonCodes = List.copyOf(reasonCodes);
        classifications = List.copyOf(classifications);
        findings = List.copyOf(findings);
        signals = List.copyOf(signals);
        principalFindings = principalFindings == null ? List.of() : List.copyOf(principalFindings);
    }

    /** An outcome none of whose findings is a principal. */
    public ScanOutcome(UUID traceId, Decision decision, RiskAssessment risk, List<String> reasonCodes,
                       ToolMatch tool, List<String> classifications, List<Finding> findings,
                       List<SignalResult> signals, PolicyInput policyInput, PolicyVerdict verdict,
                       SanitizedCall sanitized, UUID approvalId, String bodyFingerprint, String failure) {
        this(traceId, decision, risk, reasonCodes, tool, classifications, findings, signals, policyInput, verdict,
                sanitized, approvalId, bodyFingerprint, failure, List.of());
    }

    /** True when {@code finding} (one of {@link #findings()}) is one of the call's principals. */
    public boolean isPrincipal(Finding finding) {
        return principalFindings.contains(finding);
    }

    /**
     * The policy rule that decided this answer, or null: none when the scan failed closed before policy evaluation,
     * or when the gateway refused the call whatever policies decided ({@link GatewayReasonCodes#overridePolicy}).
     */
    public RuleMatchResult decidingRule() {
        return verdict == null || GatewayReasonCodes.overridePolicy(reasonCodes) ? null : verdict.deciding();
    }

    public ScanOutcome withApproval(UUID id) {
        return new ScanOutcome(traceId, decision, risk, reasonCodes, tool, classifications, findings, signals,
                policyInput, verdict, sanitized, id, bodyFingerprint, failure, principalFindings);
    }

    /** The same scan answered differently, for example ALLOW because an approval was granted. */
    public ScanOutcome withDecision(Decision newDecision, List<String> newReasonCodes) {
        return new ScanOutcome(traceId, newDecision, risk, newReasonCodes, tool, classifications, findings, signals,
                policyInput, verdict, newDecision == Decision.SANITIZE ? sanitized : null, approvalId, bodyFingerprint,
                failure, principalFindings);
    }
}
