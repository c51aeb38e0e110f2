package io.interven.plugin.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import io.interven.plugin.secrets.RuleExamples.MatchExample;
import io.interven.spi.FieldLocation;
import io.interven.spi.Finding;
import io.interven.spi.ScanField;
import java.util.List;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A token whose prefix is distinctive is found when a letter, digit, underscore or word is glued in front of it
 * ({@code xghp_...}, {@code aAKIA...}, {@code tokenghp_...}), and the finding covers the token only. Generated over
 * every match example of every provider rule without a left boundary, each with several glued prefixes.
 */
class GluedPrefixTest {
    private static final List<PatternSecretRule> RULES = BuiltInSecretRules.load();
    private static final SecretsDetector DETECTOR = new SecretsDetector(RULES);
    private static final List<String> GLUED = List.of("x", "a", "Z", "7", "_", "token", "my_key_", "0x");

    /** The families the issue names: each must tolerate a glued prefix. */
    private static final List<String> NAMED_FAMILIES = List.of("github-token", "github-fine-grained-token",
            "aws-access-key-id", "slack-bot-token", "slack-user-token", "stripe-live-key", "openai-project-key",
            "openai-user-key", "gitlab-personal-access-token", "npm-token", "sendgrid-api-key", "google-api-key",
            "anthropic-api-key", "huggingface-token", "docker-hub-token", "shopify-access-token", "digitalocean-token");

    static Stream<PatternSecretRule> glueTolerantRules() {
        return RULES.stream().filter(GluedPrefixTest::hasNoLeftBoundary);
    }

    /**
     * A rule whose regex has no look-behind in front and whose matches start with the token itself (a provider
     * prefix), not with a context word such as {@code Bot } or {@code SSWS }.
     */
    private static boolean hasNoLeftBoundary(PatternSecretRule rule) {
        String source = rule.regex().pattern();
        return !source.startsWith("(?<!") && source.startsWith("(") && !source.startsWith("(?")
                && rule.examples().match().stream().filter(example -> foundAsWritten(rule, example))
                        .allMatch(example -> {
                            Matcher m = rule.regex().matcher(example.text());
                            return m.find() && m.start() == m.start(rule.secretGroup());
                        });
    }

    @Test
    void theNamedProviderFamiliesHaveNoLeftBoundary() {
        assertThat(glueTolerantRules().map(PatternSecretRule::id)).containsAll(NAMED_FAMILIES);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("glueTolerantRules")
    void findsTheTokenWithSomethingGluedInFront(PatternSecretRule rule) {
        for (MatchExample example : rule.examples().match()) {
            if (!foundAsWritten(rule, example)) {
                continue; // glued on both sides: a token's prefix inside a longer string, not read (GluedSuffixTest)
            }
            Matcher m = rule.regex().matcher(example.text());
            assertThat(m.find()).as("rule %s matches its example", rule.id()).isTrue();
            int at = m.start();
            for (String glued : GLUED) {
                String text = example.text().substring(0, at) + glued + example.text().substring(at);
                int start = example.secretStart() + (example.secretStart() >= at ? glued.length() : 0);
                int end = start + example.secret().length();
                assertThat(findingsOf(rule, text)).as("rule %s in %s", rule.id(), text)
                        .anySatisfy(f -> {
                            assertThat(f.start()).isEqualTo(start);
                            assertThat(f.end()).isEqualTo(end);
                        });
            }
        }
    }

    /** Whether the rule's expression finds the example as written (not one with characters glued after its token). */
    private static boolean foundAsWritten(PatternSecretRule rule, MatchExample example) {
        return rule.regex().matcher(example.text()).find();
    }

    private static List<Finding> findingsOf(PatternSecretRule rule, String text) {
        ScanField field = new ScanField("$.note", FieldLocation.BODY, null, text);
        return DETECTOR.detect(field).stream().filter(f -> f.ruleId().equals(rule.id())).toList();
    }
}
