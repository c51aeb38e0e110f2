package io.interven.gateway.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.interven.gateway.errors.ApiException;
import io.interven.gateway.errors.ErrorCode;
import io.interven.gateway.errors.FieldProblem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Policy documents as {@code POST /v1/policies/apply} validates them: every problem names the rule and the field. */
class PolicyDocumentParserTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aValidDocumentBecomesADraftWithDefaults() {
        PolicyDraft draft = parse("""
                {"name": "block-secrets-egress", "rules": [
                  {"rule_id": "deny-secrets", "match": {}, "condition": {"has_data_class": ["SECRETS"]},
                   "action": "DENY", "priority": 100}]}""");

        assertThat(draft.name()).isEqualTo("block-secrets-egress");
        assertThat(draft.envName()).isEqualTo("production");
        assertThat(draft.mode()).isEqualTo(PolicyMode.ENFORCE);
        assertThat(draft.enabled()).isTrue();
        assertThat(draft.rules()).singleElement().satisfies(rule -> {
            assertThat(rule.ruleId()).isEqualTo("deny-secrets");
            assertThat(rule.action()).isEqualTo(Decision.DENY);
            assertThat(rule.priority()).isEqualTo(100);
        });
    }

    @Test
    void theCanonicalFormIgnoresKeyOrderAndSingleValuesVersusLists() {
        PolicyDraft written = parse("""
                {"name": "p", "rules": [{"rule_id": "r", "action": "deny", "priority": 5,
                  "match": {"tool": "github", "method": "delete"}, "condition": {"risk_band": "high"}}]}""");
        PolicyDraft reordered = parse("""
                {"rules": [{"condition": {"risk_band": ["HIGH"]}, "match": {"method": ["DELETE"], "tool": ["github"]},
                  "priority": 5, "action": "DENY", "rule_id": "r"}], "name": "p"}""");

        assertThat(PolicyJsonWriter.contentOf(written)).isEqualTo(PolicyJsonWriter.contentOf(reordered));
        assertThat(written.rulesJson().get(0).get("match").get("method").get(0).asText()).isEqualTo("DELETE");
    }

    @Test
    void anUnknownRuleKeyIsRejectedNamingTheRule() {
        assertProblems("""
                {"name": "p", "rules": [{"rule_id": "r1", "action": "DENY", "priorty": 10}]}""",
                "rules[0].priorty", "r1");
    }

    @Test
    void anUnknownMatchKeyIsRejectedRatherThanWideningTheRule() {
        assertProblems("""
                {"name": "p", "rules": [{"rule_id": "r1", "action": "DENY", "match": {"toool": "github"}}]}""",
                "rules[0].match.toool", "r1");
    }

    @Test
    void anUnknownConditionKeyIsRejected() {
        assertProblems("""
                {"name": "p", "rules": [{"rule_id": "ok", "action": "ALLOW"},
                  {"rule_id": "r2", "action": "DENY", "condition": {"has_data_classes": ["PII"]}}]}""",
                "rules[1].condition.has_data_classes", "r2");
    }

    @Test
    void aBadActionIsRejected() {
        assertProblems("""
                {"name": "p", "rules": [{"rule_id": "ok", "action": "ALLOW"}, {"rule_id": "block", "action": "BLOCK"}]}""",
                "rules[1].action", "block");
    }

    @Test
    void aMissingActionIsRejected() {
        assertProblems("""
                {"name": "p", "rules": [{"rule_id": "no-action", "match": {"tool": "slack"}}]}""",
                "rules[0].action", "no-action");
    }

    @Test
    void aBadVerbIsRejected() {
        assertProblems("""
                {"name": "p", "rules": [{"rule_id": "v", "action": "DENY", "match": {"verb": ["READ", "UPLOAD"]}}]}""",
                "rules[0].match.verb", "v");
    }

    @Test
    void aBadRiskBandIsRejected() {
        assertProblems("""
                {"name": "p", "rules": [{"rule_id": "b", "action": "DENY", "condition": {"risk_band": "EXTREME"}}]}""",
                "rules[0].condition.risk_band", "b");
    }

    @Test
    void aRiskBandIsOneBandNotAList() {
        assertProblems("""
                {"name": "p", "rules": [{"rule_id": "b", "action": "DENY",
                  "condition": {"risk_band": ["HIGH", "CRITICAL"]}}]}""",
                "rules[0].condition.risk_band", "b");
    }

    @Test
    void aDuplicateRuleIdIsRejectedAtItsSecondUse() {
        assertProblems("""
                {"name": "p", "rules": [{"rule_id": "twice", "action": "DENY"}, {"rule_id": "twice", "action": "ALLOW"}]}""",
                "rules[1].rule_id", "twice");
    }

    @Test
    void aPriorityGivenAsTextIsRejected() {
        assertProblems("""
                {"name": "p", "rules": [{"rule_id": "p1", "action": "DENY", "priority": "10"}]}""",
                "rules[0].priority", "p1");
    }

    @Test
    void aFractionalPriorityIsRejected() {
        assertProblems("""
                {"name": "p", "rules": [{"rule_id": "p1", "action": "DENY", "priority": 1.5}]}""",
                "rules[0].priority", "p1");
    }

    @Test
    void aPriorityBeyondAnIntegerIsRejected() {
        assertProblems("""
                {"name": "p", "rules": [{"rule_id": "p1", "action": "DENY", "priority": 99999999999}]}""",
                "rules[0].priority", "p1");
    }

    @Test
    void aRiskScoreAboveOneIsRejected() {
        assertProblems("""
                {"name": "p", "rules": [{"rule_id": "s", "action": "DENY", "condition": {"risk_score_gte": 1.5}}]}""",
                "rules[0].condition.risk_score_gte", "s");
    }

    @Test
    void aNegativeBodySizeIsRejected() {
        assertProblems("""
                {"name": "p", "rules": [{"rule_id": "big", "action": "DENY", "condition": {"body_bytes_gte": -1}}]}""",
                "rules[0].condition.body_bytes_gte", "big");
    }

    @Test
    void aBlankMatchValueIsRejected() {
        assertProblems("""
                {"name": "p", "rules": [{"rule_id": "h", "action": "DENY", "match": {"host": ["api.github.com", " "]}}]}""",
                "rules[0].match.host[1]", "h");
    }

    @Test
    void aRuleWithoutIdIsNamedByItsPosition() {
        List<FieldProblem> problems = problemsOf("""
                {"name": "p", "rules": [{"action": "DENY"}]}""");

        assertThat(problems).extracting(FieldProblem::field).containsExactly("rules[0].rule_id");
        assertThat(problems.get(0).problem()).contains("rules[0]");
    }

    @Test
    void everyProblemOfADocumentIsListedAtOnce() {
        List<FieldProblem> problems = problemsOf("""
                {"mode": "audit", "enabled": "yes", "rules": [
                  {"rule_id": "a", "action": "NOPE"},
                  {"rule_id": "b", "action": "DENY", "priority": "high", "match": {"verb": "PATCH"}}]}""");

        assertThat(problems).extracting(FieldProblem::field).containsExactlyInAnyOrder("name", "mode", "enabled",
                "rules[0].action", "rules[1].priority", "rules[1].match.verb");
    }

    @Test
    void rulesMustBeAList() {
        assertThat(problemsOf("{\"name\": \"p\", \"rules\": {\"rule_id\": \"r\"}}"))
                .extracting(FieldProblem::field).containsExactly("rules");
        assertThat(problemsOf("{\"name\": \"p\"}")).extracting(FieldProblem::field).containsExactly("rules");
    }

    @Test
    void anEnvironmentNameMustBeValid() {
        assertThat(problemsOf("{\"name\": \"p\", \"env_name\": \"Prod Env\", \"rules\": []}"))
                .extracting(FieldProblem::field).containsExactly("env_name");
    }

    @Test
    void anUnknownDocumentKeyIsRejectedRatherThanSilentlyEnforcingTheDocument() {
        assertThat(problemsOf("""
                {"name": "p", "mood": "monitor", "rules": [{"rule_id": "r", "action": "DENY"}]}"""))
                .extracting(FieldProblem::field).containsExactly("mood");
    }

    @Test
    void aRuleDescriptionIsPartOfTheCanonicalContent() {
        PolicyDraft described = parse("""
                {"name": "p", "rules": [{"rule_id": "r", "action": "DENY", "description": "no Slack for now"}]}""");
        PolicyDraft redescribed = parse("""
                {"name": "p", "rules": [{"rule_id": "r", "action": "DENY", "description": "no Slack until INC-7"}]}""");

        assertThat(described.rulesJson().get(0).path("description").asText()).isEqualTo("no Slack for now");
        assertThat(PolicyJsonWriter.contentOf(described)).isNotEqualTo(PolicyJsonWriter.contentOf(redescribed));
    }

    @Test
    void aRuleDescriptionMustBeText() {
        assertProblems("""
                {"name": "p", "rules": [{"rule_id": "r", "action": "DENY", "description": 42}]}""",
                "rules[0].description", "r");
    }

    private static PolicyDraft parse(String json) {
        return PolicyDocumentParser.parse(tree(json), "production");
    }

    /** The document is rejected with exactly one problem, at {@code field}, whose text names the rule. */
    private static void assertProblems(String json, String field, String ruleId) {
        List<FieldProblem> problems = problemsOf(json);
        assertThat(problems).extracting(FieldProblem::field).containsExactly(field);
        assertThat(problems.get(0).problem()).contains("rule '" + ruleId + "'");
    }

    private static List<FieldProblem> problemsOf(String json) {
        Throwable thrown = catchThrowable(() -> parse(json));
        assertThat(thrown).as("parsing %s", json).isInstanceOf(ApiException.class);
        ApiException invalid = (ApiException) thrown;
        assertThat(invalid.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
        assertThat(invalid.code().status()).isEqualTo(400);
        return invalid.details();
    }

    private static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
