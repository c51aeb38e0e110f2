package io.interven.plugin.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SecretRuleFileParserTest {
    private static final String VALID_RULE = """
            rules:
              - id: acme-token
                description: Acme API token
                entity_type: ACME_TOKEN
                regex: '(?<![A-Za-z0-9])(acme_[A-Za-z0-9]{24})(?![A-Za-z0-9])'
                secret_group: 1
                keywords: [acme_]
                min_entropy: 3.5
                issuer_domains: [acme.example]
                confidence: 0.9
                examples:
                  match:
                    - acme_Zq3Vb8Nw1Kx7Lp4Rt6Ys9Hd2
                    - text: 'ACME_TOKEN=acme_Zq3Vb8Nw1Kx7Lp4Rt6Ys9Hd2'
                      secret: acme_Zq3Vb8Nw1Kx7Lp4Rt6Ys9Hd2
                  no_match: [acme_short]
            """;

    @Test
    void readsEveryFieldOfARule() {
        PatternSecretRule rule = SecretRuleFileParser.parse("acme.yaml", VALID_RULE).get(0);

        assertThat(rule.id()).isEqualTo("acme-token");
        assertThat(rule.entityType()).isEqualTo("ACME_TOKEN");
        assertThat(rule.secretGroup()).isEqualTo(1);
        assertThat(rule.keywords()).containsExactly("acme_");
        assertThat(rule.minEntropy()).isEqualTo(3.5);
        assertThat(rule.issuerDomains()).containsExactly("acme.example");
        assertThat(rule.validator()).isEmpty();
        assertThat(rule.confidence()).isEqualTo(0.9);
        assertThat(rule.maxLength()).isEqualTo(SecretRuleFileParser.DEFAULT_MAX_LENGTH);
        assertThat(rule.sourceFile()).isEqualTo("acme.yaml");
        assertThat(rule.examples().match()).hasSize(2);
        assertThat(rule.examples().match().get(1).secretStart()).isEqualTo("ACME_TOKEN=".length());
        assertThat(RuleExampleVerifier.failures(rule)).isEmpty();
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "regex: '(?<![A-Za-z0-9])(acme_[A-Za-z0-9]{24})(?![A-Za-z0-9])' | regex: '(acme_[A-Za-z0-9]{24' | regex does not compile",
            "secret_group: 1 | secret_group: 3 | secret_group 3 does not exist",
            "keywords: [acme_] | keywords: [ACME_] | keyword must be lower case",
            "keywords: [acme_] | keywords: [] | needs at least one keyword",
            "confidence: 0.9 | confidence: 1.5 | 'confidence' must be within [0, 1]",
            "min_entropy: 3.5 | min_entropy: 3.5\\n    validator: luhn | unknown validator 'luhn'",
            "min_entropy: 3.5 | min_entorpy: 3.5 | unknown field 'min_entorpy'",
            "entity_type: ACME_TOKEN | entity_type: acme token | 'entity_type' must match",
            "issuer_domains: [acme.example] | issuer_domains: [https://acme.example] | 'issuer_domains' must match",
            "no_match: [acme_short] | no_match: [] | 'examples.no_match' needs at least one example",
            "confidence: 0.9 | confidence: 0.9\\n    max_length: 1 | max_length must be within [8, 65536]",
            "no_match: [acme_short] | no_match: [acme_Zq3Vb8Nw1Kx7Lp4Rt6Ys9Hd2] | no_match example matched: acme_Zq3Vb8Nw1Kx7Lp4Rt6Ys9Hd2",
            "secret: acme_Zq3Vb8Nw1Kx7Lp4Rt6Ys9Hd2 | secret: ACME_TOKEN=acme_Zq3Vb8Nw1Kx7Lp4Rt6Ys9Hd2 | match example not found with the expected span",
            "confidence: 0.9 | confidence: 0.9\\n    max_length: 20 | characters long, more than max_length 20",
            "keywords: [acme_] | keywords: [acme_token] | no keyword occurs inside the match",
    })
    void namesTheFileAndRuleOfEveryProblem(String original, String replacement, String problem) {
        String yaml = VALID_RULE.replace(original, replacement.replace("\\n", "\n"));

        assertThatThrownBy(() -> BuiltInSecretRules.verified(SecretRuleFileParser.parse("rules/acme.yaml", yaml)))
                .isInstanceOf(SecretRuleException.class)
                .hasMessageStartingWith("rules/acme.yaml rule 'acme-token': ")
                .hasMessageContaining(problem);
    }

    @Test
    void rejectsFilesThatAreNotRuleLists() {
        assertThatThrownBy(() -> SecretRuleFileParser.parse("rules/x.yaml", "rules: [unclosed"))
                .hasMessageStartingWith("rules/x.yaml: not valid YAML");
        assertThatThrownBy(() -> SecretRuleFileParser.parse("rules/x.yaml", "- id: a"))
                .hasMessageContaining("rules/x.yaml: expected a top-level 'rules:' list");
    }

    @Test
    void verificationRejectsDuplicateIds() {
        PatternSecretRule rule = SecretRuleFileParser.parse("rules/acme.yaml", VALID_RULE).get(0);
        PatternSecretRule again = SecretRuleFileParser.parse("rules/other.yaml", VALID_RULE).get(0);

        assertThatThrownBy(() -> BuiltInSecretRules.verified(List.of(rule, again)))
                .hasMessage("rules/other.yaml rule 'acme-token': id already used in rules/acme.yaml");
    }
}
