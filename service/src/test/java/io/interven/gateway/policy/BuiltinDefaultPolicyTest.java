package io.interven.gateway.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.interven.spi.DataClasses;
import io.interven.spi.ReasonCodes;
import io.interven.spi.Verb;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The decision when a tenant has no matching rule (docs/api.md "Default decision"), rule by rule. */
class BuiltinDefaultPolicyTest {
    private final PolicyEngine engine = new PolicyEngine(BuiltinDefaultPolicy.create());

    static Stream<Arguments> cases() {
        CallFeatures slack = CallFeatures.slackPost();
        CallFeatures unknown = slack.tool("custom_proxy");
        return Stream.of(
                Arguments.of("critical band", slack.band(RiskBand.CRITICAL), "critical-risk-deny", Decision.DENY),
                Arguments.of("high band", slack.band(RiskBand.HIGH), "high-risk-approval", Decision.REQUIRE_APPROVAL),
                Arguments.of("secrets in a write", slack.found(DataClasses.SECRETS), "secrets-sanitize",
                        Decision.SANITIZE),
                Arguments.of("secrets in a read", slack.verb(Verb.READ).found(DataClasses.SECRETS), "secrets-sanitize",
                        Decision.SANITIZE),
                Arguments.of("secrets in a delete", unknown.verb(Verb.DELETE).found(DataClasses.SECRETS),
                        "secrets-sanitize", Decision.SANITIZE),
                Arguments.of("sensitive PII to an external principal", slack.found(DataClasses.PII)
                        .entities("CREDIT_CARD").reasons(ReasonCodes.EXTERNAL_PRINCIPAL),
                        "sensitive-pii-to-external-sanitize", Decision.SANITIZE),
                Arguments.of("sensitive PII read from an external principal", slack.verb(Verb.READ)
                        .found(DataClasses.PII).entities("US_SSN").reasons(ReasonCodes.EXTERNAL_PRINCIPAL),
                        "sensitive-pii-to-external-sanitize", Decision.SANITIZE),
                Arguments.of("contact PII to an external principal", slack.found(DataClasses.PII)
                        .entities("EMAIL_ADDRESS").reasons(ReasonCodes.EXTERNAL_PRINCIPAL), "otherwise-allow",
                        Decision.ALLOW),
                Arguments.of("contact PII to an unknown destination", unknown.found(DataClasses.PII)
                        .entities("EMAIL_ADDRESS"), "pii-to-unknown-destination-sanitize", Decision.SANITIZE),
                Arguments.of("sensitive PII to an unknown destination", unknown.found(DataClasses.PII)
                        .entities("CREDIT_CARD"), "pii-to-unknown-destination-sanitize", Decision.SANITIZE),
                Arguments.of("PII read from an unknown destination", unknown.verb(Verb.READ)
                        .found(DataClasses.PII), "pii-to-unknown-destination-sanitize", Decision.SANITIZE),
                Arguments.of("a benign call", slack, "otherwise-allow", Decision.ALLOW),
                Arguments.of("PII to a known tool, internal", slack.found(DataClasses.PII).entities("CREDIT_CARD"),
                        "otherwise-allow", Decision.ALLOW),
                Arguments.of("medium band alone", slack.band(RiskBand.MEDIUM), "otherwise-allow", Decision.ALLOW));
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @MethodSource("cases")
    void eachRuleIsReached(String name, CallFeatures call, String ruleId, Decision decision) {
        PolicyVerdict verdict = engine.decide(List.of(), call.build());

        assertThat(verdict.deciding().rule().ruleId()).isEqualTo(ruleId);
        assertThat(verdict.decision()).isEqualTo(decision);
        assertThat(verdict.deciding().policy().policyId()).isEqualTo(BuiltinDefaultPolicy.ID);
    }

    @Test
    void earlierRulesWinOverLaterOnesThatAlsoMatch() {
        CallFeatures everything = CallFeatures.slackPost().tool("custom_proxy")
                .found(DataClasses.SECRETS, DataClasses.PII).reasons(ReasonCodes.EXTERNAL_PRINCIPAL);

        assertThat(engine.decide(List.of(), everything.band(RiskBand.CRITICAL).build()).decision())
                .isEqualTo(Decision.DENY);
        assertThat(engine.decide(List.of(), everything.band(RiskBand.HIGH).build()).decision())
                .isEqualTo(Decision.REQUIRE_APPROVAL);
        assertThat(engine.decide(List.of(), everything.build()).deciding().rule().ruleId())
                .isEqualTo("secrets-sanitize");
    }

    @Test
    void noEntityTypeIsBothSensitiveAndContactPii() {
        assertThat(PiiSensitivity.SENSITIVE_ENTITY_TYPES).doesNotContainAnyElementsOf(
                PiiSensitivity.CONTACT_ENTITY_TYPES);
        assertThat(PiiSensitivity.SENSITIVE_ENTITY_TYPES).contains("CREDIT_CARD", "IBAN", "US_SSN", "UK_NINO",
                "PASSPORT_NUMBER", "DATE_OF_BIRTH");
        assertThat(PiiSensitivity.CONTACT_ENTITY_TYPES).contains("EMAIL_ADDRESS", "PHONE_NUMBER", "PERSON",
                "STREET_ADDRESS", "IP_ADDRESS");
    }

    @Test
    void noRuleOfTheBuiltinPolicyIsLimitedToAVerb() {
        assertThat(BuiltinDefaultPolicy.create().rules()).allSatisfy(rule ->
                assertThat(rule.match().verbs()).as(rule.ruleId()).isEmpty());
    }

    @Test
    void theBuiltinPolicyIsEnforcedAndHasFiveRulesEndingInAllow() {
        Policy policy = BuiltinDefaultPolicy.create();

        assertThat(policy.mode()).isEqualTo(PolicyMode.ENFORCE);
        assertThat(policy.enabled()).isTrue();
        assertThat(policy.rules()).extracting(PolicyRule::action).containsExactly(Decision.DENY,
                Decision.REQUIRE_APPROVAL, Decision.SANITIZE, Decision.SANITIZE, Decision.SANITIZE, Decision.ALLOW);
        assertThat(policy.rules().get(policy.rules().size() - 1).condition()).isEqualTo(RuleCondition.ALWAYS);
    }
}
