package io.interven.gateway.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.node.NullNode;
import io.interven.gateway.core.ScanOutcome;
import io.interven.gateway.policy.Decision;
import io.interven.gateway.policy.RuleMatchResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The answer of {@code POST /v1/scan}: every field of the API reference (docs/api-reference.txt), plus {@code verb},
 * {@code findings}, {@code rule_id}, {@code policy_version}, {@code sanitized_url} and {@code sanitized_headers}
 * where they apply, and {@code risk_factors}: what the score is made of.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ScanResponse(String decision, double riskScore, String riskBand, List<String> reasonCodes, UUID traceId,
                           String toolName, String operation, String verb, List<String> classifications,
                           List<SignalView> signals, List<FindingView> findings, JsonNode sanitizedBody,
                           String sanitizedUrl, Map<String, String> sanitizedHeaders, UUID approvalId,
                           String policyId, String policyName, Integer policyVersion, String ruleId,
                           List<RiskFactorView> riskFactors) {

    public static ScanResponse of(ScanOutcome outcome) {
        boolean sanitize = outcome.decision() == Decision.SANITIZE && outcome.sanitized() != null;
        JsonNode sanitizedBody = null;
        if (sanitize) {
            sanitizedBody = outcome.sanitized().body() == null ? NullNode.getInstance() : outcome.sanitized().body();
        }
        RuleMatchResult deciding = outcome.decidingRule();
        return new ScanResponse(
                outcome.decision().name(),
                outcome.risk().score(),
                outcome.risk().band().name(),
                outcome.reasonCodes(),
                outcome.traceId(),
                outcome.tool().toolName(),
                outcome.tool().operation(),
                outcome.tool().verb().name(),
                outcome.classifications(),
                signalViews(outcome),
                outcome.findings().stream().map(f -> FindingView.of(f, outcome.isPrincipal(f))).toList(),
                sanitizedBody,
                sanitize ? outcome.sanitized().url() : null,
                sanitize ? outcome.sanitized().headers() : null,
                outcome.approvalId(),
                deciding == null ? null : deciding.policy().policyId(),
                deciding == null ? null : deciding.policy().name(),
                deciding == null ? null : deciding.policy().version(),
                deciding == null ? null : deciding.rule().ruleId(),
                outcome.risk().factors().stream().map(RiskFactorView::of).toList());
    }

    /** Each fired signal with its share of the score (none known for a failed scan). */
    private static List<SignalView> signalViews(ScanOutcome outcome) {
        List<Double> shares = outcome.risk().signalContributions();
        List<SignalView> views = new ArrayList<>();
        for (int i = 0; i < outcome.signals().size(); i++) {
            views.add(SignalView.of(outcome.signals().get(i), i < shares.size() ? shares.get(i) : 0.0));
        }
        return views;
    }
}
