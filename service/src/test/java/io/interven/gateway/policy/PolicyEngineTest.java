package io.interven.gateway.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.interven.spi.DataClasses;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tenant policies: priority first, severity on ties, monitor mode reports only, disabled policies do nothing. */
class PolicyEngineTest {
    private final PolicyEngine engine = new PolicyEngine(BuiltinDefaultPolicy.create());
    private final PolicyInput benign = CallFeatures.slackPost().build();

    static PolicyRule always(String id, Decision action, int priority) {
        return new PolicyRule(id, RuleMatch.EVERYTHING, RuleCondition.ALWAYS, action, priority);
    }

    static Policy policy(String id, PolicyMode mode, boolean enabled, PolicyRule... rules) {
        return new Policy(id, id, "production", 1, mode, enabled, List.of(rules));
    }

    static Policy enforced(String id, PolicyRule... rules) {
        return policy(id, PolicyMode.ENFORCE, true, rules);
    }

    @Test
    void theHigherPriorityRuleDecidesEvenWhenLessSevere() {
        PolicyVerdict verdict = engine.decide(List.of(
                enforced("a", always("deny-low", Decision.DENY, 5)),
                enforced("b", always("allow-high", Decision.ALLOW, 10))), benign);

        assertThat(verdict.deciding().rule().ruleId()).isEqualTo("allow-high");
        assertThat(verdict.decision()).isEqualTo(Decision.ALLOW);
    }

    @Test
    void equalPrioritiesAreBrokenBySeverity() {
        PolicyVerdict verdict = engine.decide(List.of(enforced("a",
                always("allow", Decision.ALLOW, 7), always("sanitize", Decision.SANITIZE, 7),
                always("deny", Decision.DENY, 7), always("approve", Decision.REQUIRE_APPROVAL, 7))), benign);

        assertThat(verdict.decision()).isEqualTo(Decision.DENY);
    }

    @Test
    void severityOrderIsDenyApprovalSanitizeAllow() {
        assertThat(engine.decide(List.of(enforced("a", always("allow", Decision.ALLOW, 1),
                always("sanitize", Decision.SANITIZE, 1), always("approve", Decision.REQUIRE_APPROVAL, 1))), benign)
                .decision()).isEqualTo(Decision.REQUIRE_APPROVAL);
        assertThat(engine.decide(List.of(enforced("a", always("allow", Decision.ALLOW, 1),
                always("sanitize", Decision.SANITIZE, 1))), benign).decision()).isEqualTo(Decision.SANITIZE);
    }

    @Test
    void aRuleWhoseConditionFailsIsSkipped() {
        PolicyRule onlySecrets = new PolicyRule("secrets-deny", RuleMatch.EVERYTHING,
                RuleCondition.dataClass(DataClasses.SECRETS), Decision.DENY, 100);

        PolicyVerdict verdict = engine.decide(List.of(enforced("a", onlySecrets)), benign);

        assertThat(verdict.deciding().policy().policyId()).isEqualTo(BuiltinDefaultPolicy.ID);
        assertThat(verdict.decision()).isEqualTo(Decision.ALLOW);
    }

    @Test
    void aTenantRuleDecidesBeforeTheBuiltinDefault() {
        PolicyInput critical = CallFeatures.slackPost().band(RiskBand.CRITICAL).build();

        PolicyVerdict verdict = engine.decide(List.of(enforced("a", always("trusted", Decision.ALLOW, 0))), critical);

        assertThat(verdict.deciding().rule().ruleId()).isEqualTo("trusted");
    }

    @Test
    void monitorRulesNeverDecideButAreReported() {
        PolicyVerdict verdict = engine.decide(List.of(
                policy("watch", PolicyMode.MONITOR, true, always("would-deny", Decision.DENY, 100)),
                enforced("real", always("sanitize", Decision.SANITIZE, 1))), benign);

        assertThat(verdict.decision()).isEqualTo(Decision.SANITIZE);
        assertThat(verdict.monitorMatches()).extracting(m -> m.rule().ruleId()).containsExactly("would-deny");
    }

    @Test
    void withOnlyMonitorRulesTheBuiltinDefaultDecidesAndAllAreReported() {
        PolicyVerdict verdict = engine.decide(List.of(policy("watch", PolicyMode.MONITOR, true,
                always("would-deny", Decision.DENY, 9), always("would-approve", Decision.REQUIRE_APPROVAL, 3))),
                benign);

        assertThat(verdict.deciding().policy().policyId()).isEqualTo(BuiltinDefaultPolicy.ID);
        assertThat(verdict.decision()).isEqualTo(Decision.ALLOW);
        assertThat(verdict.monitorMatches()).extracting(m -> m.rule().ruleId())
                .containsExactly("would-deny", "would-approve");
    }

    @Test
    void disabledPoliciesAreIgnoredEntirely() {
        PolicyVerdict verdict = engine.decide(List.of(
                policy("off", PolicyMode.ENFORCE, false, always("deny", Decision.DENY, 100)),
                policy("off-monitor", PolicyMode.MONITOR, false, always("watch", Decision.DENY, 100))), benign);

        assertThat(verdict.decision()).isEqualTo(Decision.ALLOW);
        assertThat(verdict.deciding().policy().policyId()).isEqualTo(BuiltinDefaultPolicy.ID);
        assertThat(verdict.monitorMatches()).isEmpty();
    }
}
