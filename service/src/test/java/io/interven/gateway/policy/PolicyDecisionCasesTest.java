package io.interven.gateway.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.interven.gateway.config.RiskConfiguration;
import io.interven.gateway.core.RiskAssessment;
import io.interven.gateway.core.RiskScorer;
import io.interven.gateway.errors.ApiException;
import io.interven.gateway.errors.ErrorCode;
import io.interven.gateway.errors.FieldProblem;
import io.interven.spi.SignalResult;
import io.interven.spi.Verb;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The policy engine's specification as data: every case of {@code src/test/resources/policy-cases/*.yaml} (format in
 * that folder's README). Each case's policies are parsed exactly as {@code POST /v1/policies/apply} parses them, and
 * the engine, with the real built-in default, must decide as the case wants; a case that wants a refusal must have
 * its policies refused, naming the field.
 */
class PolicyDecisionCasesTest {
    private static final YAMLMapper YAML = new YAMLMapper();
    private static final Set<String> CASE_KEYS = Set.of("name", "policies", "input", "evidence", "want");
    /** A case's input is a policy input document, as traces store it: its keys are the document's. */
    private static final Set<String> INPUT_KEYS = keysOf(PolicyInputDocument.tree(PolicyInput.builder()
            .verb(Verb.READ).build()));
    private static final Set<String> WANT_KEYS = Set.of("decision", "policy", "rule", "policy_id", "monitor", "band");
    private static final Set<String> REFUSED_KEYS = Set.of("refused", "problem");
    private static final Set<String> THEMES = Set.of("priority-and-ties", "match-fields", "conditions",
            "builtin-default", "disabled", "monitor", "override-of-builtin-default", "absent-fields", "globs",
            "every-verb", "host-patterns", "signal-combinations", "a2a-messages");

    /** One case: where it comes from, for failure messages, and its YAML. */
    record DecisionCase(String file, String theme, String name, JsonNode spec, JsonNode weights) {
        boolean isRefusal() {
            return spec.path("want").has("refused");
        }

        @Override
        public String toString() {
            return file + ": " + name;
        }
    }

    /** What the engine decided, in the terms a case states it. */
    record Outcome(String decision, String policy, String rule, String policyId, List<String> monitor) {
        static Outcome of(PolicyVerdict verdict) {
            return new Outcome(verdict.decision().name(), verdict.deciding().policy().name(),
                    verdict.deciding().rule().ruleId(), verdict.deciding().policy().policyId(),
                    verdict.monitorMatches().stream().map(m -> m.rule().ruleId()).toList());
        }

        /** Only what the case states: policy_id is compared when the case names one. */
        Outcome comparableTo(JsonNode want) {
            return want.has("policy_id") ? this : new Outcome(decision, policy, rule, null, monitor);
        }
    }

    static Stream<DecisionCase> cases() {
        return caseFiles().stream().flatMap(PolicyDecisionCasesTest::casesOf);
    }

    static Stream<DecisionCase> decidedCases() {
        return cases().filter(c -> !c.isRefusal());
    }

    static Stream<DecisionCase> refusedCases() {
        return cases().filter(DecisionCase::isRefusal);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("decidedCases")
    void decidesAsTheCaseWants(DecisionCase decisionCase) {
        JsonNode spec = decisionCase.spec();
        JsonNode want = spec.get("want");
        List<Policy> policies = new ArrayList<>();
        for (JsonNode document : spec.path("policies")) {
            PolicyDraft draft = PolicyDocumentParser.parse(document, "production");
            policies.add(draft.asPolicy("tenant/" + draft.name(), 1));
        }

        PolicyInput input = features(spec.get("input"));
        if (spec.has("evidence")) {
            input = withEvidence(input, spec.get("evidence"), decisionCase.weights());
        }
        PolicyVerdict verdict = new PolicyEngine(BuiltinDefaultPolicy.create()).decide(policies, input);

        assertThat(Outcome.of(verdict).comparableTo(want)).as("case '%s'", decisionCase).isEqualTo(expected(want));
        if (want.has("band")) {
            assertThat(input.riskBand().name()).as("band of case '%s'", decisionCase)
                    .isEqualTo(want.get("band").asText());
        }
    }

    /**
     * The input with the risk the gateway would score for it: its data classes at the gateway's default weights
     * ({@link RiskConfiguration}) and each signal of {@code evidence} at the built-in weight its file states, all
     * combined by {@link RiskScorer}; the signals' reason codes join the input's.
     */
    private static PolicyInput withEvidence(PolicyInput input, JsonNode evidence, JsonNode weights) {
        List<SignalResult> fired = new ArrayList<>();
        Set<String> reasons = new HashSet<>(input.reasonCodes());
        reasons.addAll(input.dataClasses());
        for (JsonNode named : evidence) {
            JsonNode weight = weights.get(named.asText());
            assertThat(weight).as("weight of %s in the file's weights", named.asText()).isNotNull();
            String reasonCode = named.asText().split("/", 2)[0];
            fired.add(new SignalResult(named.asText().toLowerCase(java.util.Locale.ROOT), reasonCode,
                    weight.asDouble(), ""));
            reasons.add(reasonCode);
        }
        RiskAssessment risk = new RiskScorer(new RiskConfiguration()).assess(input.dataClasses(), fired);
        return input.toBuilder().riskScore(risk.score()).riskBand(risk.band()).reasonCodes(reasons).build();
    }

    /**
     * A case whose {@code want} is {@code {refused: field, problem: text}}: applying its policies answers 400 with
     * that field among the failing ones, its problem containing the text.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedCases")
    void refusesAsTheCaseWants(DecisionCase decisionCase) {
        JsonNode want = decisionCase.spec().get("want");
        List<FieldProblem> problems = new ArrayList<>();
        for (JsonNode document : decisionCase.spec().path("policies")) {
            try {
                PolicyDocumentParser.parse(document, "production");
            } catch (ApiException refused) {
                assertThat(refused.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
                problems.addAll(refused.details());
            }
        }

        assertThat(problems).as("case '%s'", decisionCase).anySatisfy(problem -> {
            assertThat(problem.field()).isEqualTo(want.get("refused").asText());
            assertThat(problem.problem()).contains(want.path("problem").asText());
        });
    }

    @Test
    void theSpecificationIsLargeAndCoversEveryTheme() {
        List<DecisionCase> all = cases().toList();
        assertThat(all).hasSizeGreaterThanOrEqualTo(45);
        assertThat(all.stream().map(DecisionCase::theme).distinct()).containsExactlyInAnyOrderElementsOf(THEMES);
        assertThat(all.stream().map(DecisionCase::toString)).doesNotHaveDuplicates();
    }

    @Test
    void everyCaseIsWellFormed() {
        for (DecisionCase c : refusedCases().toList()) {
            assertThat(keysOf(c.spec())).as("keys of case '%s'", c).isSubsetOf(CASE_KEYS).doesNotContain("input")
                    .contains("policies", "want");
            assertThat(keysOf(c.spec().get("want"))).as("want keys of case '%s'", c).isEqualTo(REFUSED_KEYS);
        }
        for (DecisionCase c : decidedCases().toList()) {
            assertThat(keysOf(c.spec())).as("keys of case '%s'", c).isSubsetOf(CASE_KEYS).contains("input", "want");
            assertThat(keysOf(c.spec().get("input"))).as("input keys of case '%s'", c).isSubsetOf(INPUT_KEYS)
                    .contains("verb");
            assertThat(keysOf(c.spec().get("want"))).as("want keys of case '%s'", c).isSubsetOf(WANT_KEYS)
                    .contains("decision", "policy", "rule");
            assertThat(c.spec().path("policies").isArray()).as("policies of case '%s'", c).isTrue();
        }
    }

    private static Outcome expected(JsonNode want) {
        List<String> monitor = new ArrayList<>();
        want.path("monitor").forEach(id -> monitor.add(id.asText()));
        return new Outcome(want.get("decision").asText(), want.get("policy").asText(), want.get("rule").asText(),
                want.has("policy_id") ? want.get("policy_id").asText() : null, monitor);
    }

    /**
     * The call's policy input, read as simulation reads a stored one: an absent key is an absent fact (null text,
     * empty set, zero, the score's band), except the verb, which every scanned call has.
     */
    static PolicyInput features(JsonNode input) {
        return PolicyInputDocument.read(input);
    }

    private static Set<String> keysOf(JsonNode node) {
        Set<String> keys = new HashSet<>();
        Iterator<String> names = node == null ? List.<String>of().iterator() : node.fieldNames();
        names.forEachRemaining(keys::add);
        return keys;
    }

    private static List<Path> caseFiles() {
        URL folder = PolicyDecisionCasesTest.class.getResource("/policy-cases");
        assertThat(folder).as("policy-cases on the test classpath").isNotNull();
        try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
            return files.filter(f -> f.getFileName().toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Stream<DecisionCase> casesOf(Path file) {
        JsonNode root;
        try {
            root = YAML.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("policy case file " + file.getFileName() + " does not parse", e);
        }
        String name = file.getFileName().toString();
        String theme = root.path("theme").asText(name);
        List<DecisionCase> cases = new ArrayList<>();
        JsonNode weights = root.path("weights");
        root.path("cases").forEach(c -> cases.add(new DecisionCase(name, theme, c.path("name").asText(), c,
                weights)));
        return cases.stream();
    }
}
