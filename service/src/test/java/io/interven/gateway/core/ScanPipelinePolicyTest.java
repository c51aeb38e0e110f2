package io.interven.gateway.core;

import static io.interven.gateway.core.CallInputs.call;
import static org.assertj.core.api.Assertions.assertThat;

import io.interven.gateway.policy.ActivePolicies;
import io.interven.gateway.policy.Decision;
import io.interven.gateway.policy.GatewayReasonCodes;
import io.interven.gateway.policy.Policy;
import io.interven.gateway.policy.PolicyMode;
import io.interven.gateway.policy.PolicyRule;
import io.interven.gateway.policy.RuleCondition;
import io.interven.gateway.policy.RuleMatch;
import io.interven.spi.ReasonCodes;
import io.interven.spi.SignalResult;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The pipeline hands the tenant's policies to the engine and reports what a monitor-mode rule would have done. */
class ScanPipelinePolicyTest {
    static final CallInput HELLO = call("POST", "https://hooks.slack.com/services/T/B/x", Map.of(),
            "{\"text\": \"hello\"}");

    @Test
    void aMatchingMonitorRuleAddsMonitorOnlyButDoesNotDecide() {
        ScanOutcome outcome = scanUnder(alwaysPolicy("p1", PolicyMode.MONITOR, "deny-everything", Decision.DENY));

        assertThat(outcome.decision()).isEqualTo(Decision.ALLOW);
        assertThat(outcome.reasonCodes()).containsExactly(GatewayReasonCodes.MONITOR_ONLY);
        assertThat(outcome.verdict().monitorMatches()).singleElement()
                .satisfies(m -> assertThat(m.rule().ruleId()).isEqualTo("deny-everything"));
    }

    @Test
    void anEnforcedTenantRuleDecidesAndIsNamedInTheVerdict() {
        ScanOutcome outcome = scanUnder(alwaysPolicy("p2", PolicyMode.ENFORCE, "no-slack", Decision.DENY));

        assertThat(outcome.decision()).isEqualTo(Decision.DENY);
        assertThat(outcome.verdict().deciding().policy().policyId()).isEqualTo("p2");
        assertThat(outcome.verdict().deciding().rule().ruleId()).isEqualTo("no-slack");
    }

    @Test
    void aFiredSignalAddsItsReasonCodeAndWeight() {
        ScanPipeline pipeline = PipelineFixture.withSignals(FakePlugins.signal("intel",
                context -> Optional.of(new SignalResult("intel", ReasonCodes.THREAT_INTEL, 0.9, "known bad host"))));

        ScanOutcome outcome = pipeline.scan(HELLO);

        assertThat(outcome.reasonCodes()).containsExactly(ReasonCodes.THREAT_INTEL);
        assertThat(outcome.risk().score()).isEqualTo(0.9);
        assertThat(outcome.decision()).isEqualTo(Decision.DENY);
    }

    /** A policy of one rule that matches every call. */
    private static Policy alwaysPolicy(String policyId, PolicyMode mode, String ruleId, Decision action) {
        return new Policy(policyId, policyId, "production", 1, mode, true,
                List.of(new PolicyRule(ruleId, RuleMatch.EVERYTHING, RuleCondition.ALWAYS, action, 10)));
    }

    private static ScanOutcome scanUnder(Policy policy) {
        return PipelineFixture.pipeline(List.of(), List.of(), List.of(), (tenant, env) -> ActivePolicies.of(List.of(policy))).scan(HELLO);
    }
}
