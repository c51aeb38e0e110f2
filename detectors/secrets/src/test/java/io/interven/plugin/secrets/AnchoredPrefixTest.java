package io.interven.plugin.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class AnchoredPrefixTest {

    private static boolean eligible(String regex, String... keywords) {
        return AnchoredPrefix.eligible(Pattern.compile(regex), List.of(keywords));
    }

    @Test
    void aLiteralProviderPrefixAfterALookBehindIsAnchored() {
        assertThat(eligible("(?<![A-Za-z0-9_])(ghp_[A-Za-z0-9]{36})", "ghp_")).isTrue();
        assertThat(eligible("(?<![A-Za-z0-9_])(gh[pousr]_[A-Za-z0-9]{36})", "ghp_", "gho_", "ghu_", "ghs_", "ghr_"))
                .isTrue();
        assertThat(eligible("(?<![A-Za-z0-9])((?:AKIA|ASIA)[A-Z2-7]{16})", "akia", "asia")).isTrue();
        assertThat(eligible("(?<![A-Za-z0-9])(?i:cloudflare|cf)[A-Za-z0-9_.\\- ]{0,24}?key", "cloudflare", "cf"))
                .isTrue();
    }

    @Test
    void anythingThatCanStartBeforeOrWithoutAKeywordIsNot() {
        assertThat(eligible("(?<![A-Za-z0-9_])(gh[pousr]_[A-Za-z0-9]{36})", "ghp_")).isFalse(); // gho_ uncovered
        assertThat(eligible("[a-f0-9]{32}-us[0-9]{1,2}", "-us")).isFalse();
        assertThat(eligible("ghp_x|[0-9]{4}ghp_", "ghp_")).isFalse();
        assertThat(eligible("(?:ghp_x|[0-9]{4}ghp_)", "ghp_")).isFalse();
        assertThat(eligible("(?:ghp_)?[0-9]{4}", "ghp_")).isFalse();
        assertThat(eligible("g?hp_[0-9]{4}", "ghp_")).isFalse();
        assertThat(eligible("(?i)ghp_[0-9]{4}", "ghp_")).isFalse();
        assertThat(eligible("(?iu:ghp_)[0-9]{4}", "ghp_")).isFalse();
        assertThat(eligible("(?=g)ghp_[0-9]{4}", "ghp_")).isFalse();
        assertThat(eligible("x?ghp_[0-9]{4}", "ghp_")).isFalse();
    }

    @Test
    void alternativesAreReadUpToTheirFirstOptionalOrNonLiteralPart() {
        assertThat(AnchoredPrefix.leadingLiterals("(?i:credentials?|auth|log_in)\\s{0,4}\\("))
                .containsExactly("credential", "auth", "log_in");
        assertThat(AnchoredPrefix.leadingLiterals("(?<![a-z])(?i:postgres(?:ql)?|rediss?|db2)://"))
                .containsExactly("postgres", "redis", "db2");
        assertThat(eligible("(?i:credentials?|auth|login)\\s{0,4}\\(\"([^\"]+)\"", "credential", "auth", "login"))
                .isTrue();
        assertThat(eligible("(?<![A-Za-z0-9+.\\-])(?i:postgres(?:ql)?|mongodb(?:\\+srv)?|rediss?)://", "postgres",
                "mongodb", "redis")).isTrue();
    }

    @Test
    void anAlternativeThatCanStartOtherwiseIsNot() {
        assertThat(eligible("(?i:credentials?|auth)\\(", "credentials", "auth")).isFalse(); // "credential(" matches
        assertThat(eligible("(?:x?auth|login)\\(", "auth", "login")).isFalse();
        assertThat(eligible("(?:[a-z]auth|login)\\(", "auth", "login")).isFalse();
        assertThat(eligible("(?:(?:my)?auth|login)\\(", "auth", "login")).isFalse();
        assertThat(eligible("(?:auth|login)?\\(", "auth", "login")).isFalse();
        assertThat(eligible("(?:au?th|login)\\(", "auth", "login")).isFalse(); // head "a"
    }

    /** Every built-in rule tried at its keyword hits finds what a search of the whole text finds. */
    @Test
    void anchoredRulesFindWhatASearchFinds() {
        List<PatternSecretRule> rules = BuiltInSecretRules.load();
        List<String> texts = new ArrayList<>();
        for (PatternSecretRule rule : rules) {
            rule.examples().match().forEach(example -> texts.add(example.text()));
            texts.addAll(rule.examples().noMatch());
        }
        int anchored = 0;
        for (PatternSecretRule rule : rules) {
            if (!AnchoredPrefix.eligible(rule.regex(), rule.keywords())) {
                continue;
            }
            anchored++;
            KeywordGatedRules gated = new KeywordGatedRules(List.of(rule));
            for (String text : texts) {
                for (String variant : List.of(text, text.toUpperCase(), text.toLowerCase(), "x" + text + " " + text,
                        text + text)) {
                    assertThat(gated.findIn(variant)).as(rule.id() + " on " + variant).isEqualTo(rule.findIn(variant));
                }
            }
        }
        assertThat(anchored).isGreaterThan(200);
    }
}
