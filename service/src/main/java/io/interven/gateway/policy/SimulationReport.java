package io.interven.gateway.policy;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;
import java.util.UUID;

/** What a draft policy would have changed over past traffic. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record SimulationReport(int tracesConsidered, boolean truncated, int decisionsChanged,
                               List<Transition> transitions, List<RuleImpact> rules) {

    /** How many calls moved from one decision to another. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Transition(String from, String to, int count) {
    }

    /** One deciding rule under the draft: how many calls it decided, how many of those changed, and examples. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record RuleImpact(String policyName, String ruleId, String decision, int decided, int changed,
                             List<UUID> sampleTraceIds) {
    }
}
