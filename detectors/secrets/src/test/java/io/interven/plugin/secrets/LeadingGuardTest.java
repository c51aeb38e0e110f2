package io.interven.plugin.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LeadingGuardTest {

    private static LeadingGuard guard(String regex) {
        return LeadingGuard.of(Pattern.compile(regex));
    }

    @Test
    void rulesOutAStartRightAfterACharacterTheLookBehindForbids() {
        LeadingGuard guard = guard("(?<![A-Za-z0-9_\\-])AC[0-9a-f]{4}");
        assertThat(guard.rulesOut("xAC12ab", 1)).isTrue();
        assertThat(guard.rulesOut("9AC12ab", 1)).isTrue();
        assertThat(guard.rulesOut("_AC12ab", 1)).isTrue();
        assertThat(guard.rulesOut("-AC12ab", 1)).isTrue();
        assertThat(guard.rulesOut(" AC12ab", 1)).isFalse();
        assertThat(guard.rulesOut("AC12ab", 0)).isFalse();
        assertThat(guard.rulesOut("éAC12ab", 1)).isFalse();
        assertThat(guard("(?<![A-Za-z0-9./$])x").rulesOut("$x", 1)).isTrue();
        assertThat(guard("(?<![0-9:])x").rulesOut(":x", 1)).isTrue();
    }

    @Test
    void onlyAPlainLeadingClassIsRead() {
        assertThat(guard("AC(?<![A-Z])x")).isNull();
        assertThat(guard("(?<![^\\s\"'])x")).isNull();
        assertThat(guard("(?<![\\w])x")).isNull();
        assertThat(guard("(?<![a-z&&[^x]])x")).isNull();
        assertThat(guard("(?<!ab)x")).isNull();
        assertThat(guard("(?<![a-z]{2})x")).isNull();
    }

    /** Wherever the guard of a built-in rule rules a start out, the rule's expression does not match there. */
    @Test
    void neverRulesOutAStartWhereABuiltInRuleMatches() {
        List<PatternSecretRule> rules = BuiltInSecretRules.load();
        List<String> texts = new ArrayList<>();
        for (PatternSecretRule rule : rules) {
            rule.examples().match().forEach(example -> texts.add(example.text()));
            texts.addAll(rule.examples().noMatch());
        }
        int guarded = 0;
        for (PatternSecretRule rule : rules) {
            LeadingGuard guard = LeadingGuard.of(rule.regex());
            if (guard == null) {
                continue;
            }
            guarded++;
            for (String text : texts) {
                for (String variant : List.of(text, "x" + text, "_" + text.toLowerCase(), "-" + text.toUpperCase())) {
                    Matcher m = TextSecretRule.matcherWithin(rule.regex(), variant, 0, variant.length());
                    for (int at = 0; at < variant.length(); at++) {
                        if (guard.rulesOut(variant, at)) {
                            m.region(at, variant.length());
                            assertThat(m.lookingAt()).as(rule.id() + " at " + at + " of " + variant).isFalse();
                        }
                    }
                }
            }
        }
        assertThat(guarded).isGreaterThan(40);
    }
}
