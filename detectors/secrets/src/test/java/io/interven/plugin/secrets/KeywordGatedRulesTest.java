package io.interven.plugin.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import io.interven.spi.FieldLocation;
import io.interven.spi.Finding;
import io.interven.spi.ScanField;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class KeywordGatedRulesTest {

    /** A rule that would match anything, and counts how often it is asked. */
    private static final class CountingRule implements TextSecretRule {
        final AtomicInteger evaluations = new AtomicInteger();
        private final String id;
        private final List<String> keywords;

        CountingRule(String id, String... keywords) {
            this.id = id;
            this.keywords = List.of(keywords);
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public List<String> keywords() {
            return keywords;
        }

        @Override
        public List<SecretMatch> findIn(String text) {
            evaluations.incrementAndGet();
            return List.of(new SecretMatch(id, "TEST_SECRET", java.util.Set.of(), 0, text.length(), 0.5));
        }
    }

    @Test
    void evaluatesOnlyTheRulesWhoseKeywordOccurs() {
        CountingRule stripe = new CountingRule("stripe", "sk_live_", "rk_live_");
        CountingRule slack = new CountingRule("slack", "xoxb-");
        KeywordGatedRules rules = new KeywordGatedRules(List.of(stripe, slack));

        List<SecretMatch> matches = rules.findIn("the key is RK_LIVE_abc");

        assertThat(matches).extracting(SecretMatch::ruleId).containsExactly("stripe");
        assertThat(stripe.evaluations).hasValue(1);
        assertThat(slack.evaluations).hasValue(0);
    }

    @Test
    void evaluatesARuleOnceEvenWhenSeveralOfItsKeywordsOccur() {
        CountingRule stripe = new CountingRule("stripe", "sk_live_", "rk_live_");
        KeywordGatedRules rules = new KeywordGatedRules(List.of(stripe));

        rules.findIn("sk_live_a sk_live_b rk_live_c");

        assertThat(stripe.evaluations).hasValue(1);
    }

    @Test
    void findsNothingAndEvaluatesNothingInTextWithoutKeywords() {
        CountingRule stripe = new CountingRule("stripe", "sk_live_");
        KeywordGatedRules rules = new KeywordGatedRules(List.of(stripe));

        assertThat(rules.findIn("nothing to see here")).isEmpty();
        assertThat(stripe.evaluations).hasValue(0);
    }

    @Test
    void aRegexThatWouldMatchIsNotRunWithoutItsKeyword() {
        PatternSecretRule hexAfterKeyword = TestRules.rule("acme-key", "acme",
                "([0-9a-f]{32})", "acme 0f8e2d4c6b1a39587e6d5c4b3a291807", "acme 0f8e2d4c");
        SecretsDetector detector = new SecretsDetector(List.of(hexAfterKeyword));
        String hex = "0f8e2d4c6b1a39587e6d5c4b3a291807";

        List<Finding> withoutKeyword = detector.detect(new ScanField("$.a", FieldLocation.BODY, null, "id " + hex));
        List<Finding> withKeyword = detector.detect(new ScanField("$.a", FieldLocation.BODY, null, "ACME id " + hex));

        assertThat(withoutKeyword).isEmpty();
        assertThat(withKeyword).extracting(Finding::ruleId).containsExactly("acme-key");
    }
}
