package io.interven.plugin.secrets;

import java.util.List;

/** Rules for tests, written in the rule file format. */
final class TestRules {
    private TestRules() {
    }

    /** One rule: keyword {@code keyword}, regex {@code regex}, its examples trivially consistent. */
    static PatternSecretRule rule(String id, String keyword, String regex, String matchExample, String noMatchExample) {
        String yaml = """
                rules:
                  - id: %s
                    description: test rule
                    entity_type: TEST_SECRET
                    regex: '%s'
                    keywords: ['%s']
                    confidence: 0.9
                    examples:
                      match: ['%s']
                      no_match: ['%s']
                """.formatted(id, regex, keyword, matchExample, noMatchExample);
        List<PatternSecretRule> rules = SecretRuleFileParser.parse("test.yaml", yaml);
        return rules.get(0);
    }
}
