package io.interven.plugin.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import io.interven.plugin.secrets.RuleExamples.MatchExample;
import io.interven.spi.FieldLocation;
import io.interven.spi.Finding;
import io.interven.spi.ScanField;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule of every rule file, run through the whole detector over its own examples: each {@code match} example
 * yields a finding of that rule exactly over the example's secret (so no other rule shadows it), and no
 * {@code no_match} example yields a finding of that rule.
 */
class SecretRuleExamplesTest {
    private static final List<PatternSecretRule> RULES = BuiltInSecretRules.load();
    private static final SecretsDetector DETECTOR = new SecretsDetector(RULES);

    static Stream<PatternSecretRule> rules() {
        return RULES.stream();
    }

    private static List<Finding> findingsOf(PatternSecretRule rule, String text) {
        ScanField field = new ScanField("$.note", FieldLocation.BODY, null, text);
        return DETECTOR.detect(field).stream().filter(f -> f.ruleId().equals(rule.id())).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void findsTheSecretOfEveryMatchExample(PatternSecretRule rule) {
        for (MatchExample example : rule.examples().match()) {
            assertThat(findingsOf(rule, example.text()))
                    .as("rule %s (%s) on match example: %s", rule.id(), rule.sourceFile(), example.text())
                    .anySatisfy(f -> {
                        assertThat(f.start()).isEqualTo(example.secretStart());
                        assertThat(f.end()).isEqualTo(example.secretEnd());
                        assertThat(f.entityType()).isEqualTo(rule.entityType());
                        assertThat(f.dataClass()).isEqualTo("SECRETS");
                        // the rule's, or what its validator makes of it (a weak password's is lower)
                        assertThat(f.confidence()).isEqualTo(rule.validator()
                                .map(v -> v.confidence(example.secret(), rule.confidence()))
                                .orElse(rule.confidence()));
                        assertThat(f.issuerDomains()).isEqualTo(rule.issuerDomains());
                    });
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void findsNothingInNoMatchExamples(PatternSecretRule rule) {
        for (String text : rule.examples().noMatch()) {
            assertThat(findingsOf(rule, text))
                    .as("rule %s (%s) on no_match example: %s", rule.id(), rule.sourceFile(), text)
                    .isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void keywordsAreLowerCaseLiteralsOfTheRule(PatternSecretRule rule) {
        assertThat(rule.keywords()).as("rule %s keywords", rule.id()).isNotEmpty()
                .allSatisfy(k -> assertThat(k).isLowerCase());
        for (MatchExample example : rule.examples().match()) {
            assertThat(rule.keywords())
                    .as("rule %s: no keyword occurs in match example %s, so the prefilter would skip it", rule.id(),
                            example.text())
                    .anyMatch(k -> example.text().toLowerCase(java.util.Locale.ROOT).contains(k));
        }
    }
}
