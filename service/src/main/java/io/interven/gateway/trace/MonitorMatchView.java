package io.interven.gateway.trace;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.interven.gateway.policy.RuleMatchResult;

/** A monitor-mode rule that matched a call, and what it would have decided had it been enforced. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record MonitorMatchView(String policyId, String policyName, int policyVersion, String ruleId,
                               String wouldDecide) {
    public static MonitorMatchView of(RuleMatchResult match) {
        return new MonitorMatchView(match.policy().policyId(), match.policy().name(), match.policy().version(),
                match.rule().ruleId(), match.action().name());
    }
}
