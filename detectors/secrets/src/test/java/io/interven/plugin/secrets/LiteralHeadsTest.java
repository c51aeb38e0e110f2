package io.interven.plugin.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LiteralHeadsTest {

    private static int next(String regex, String text) {
        return LiteralHeads.of(Pattern.compile(regex)).next(text, 0, text.length());
    }

    @Test
    void findsWhereAHeadBeginsCaseAside() {
        String connection = "(?i:server|data source|host)\\s{0,3}=[^;]{0,20};(?i:password)=(\\S+)";
        assertThat(next(connection, "the Data Source=db;Password=x")).isEqualTo(4);
        assertThat(next(connection, "no such thing here")).isEqualTo(-1);
        assertThat(next("(?<![A-Za-z0-9_\\-])(?:--?|/)(?i:pass)\\s(\\S+)", "app -pass x")).isEqualTo(4);
    }

    @Test
    void headsThatRuleOutTooFewPositionsAreNotUsed() {
        assertThat(LiteralHeads.of(Pattern.compile("(?<![A-Za-z])[A-Za-z][a-z]{1,20}://x"))).isNull(); // no literal
        assertThat(LiteralHeads.of(Pattern.compile("[ab]x[0-9]+"))).isNull(); // "ax", "bx": short words
        assertThat(LiteralHeads.of(Pattern.compile("(?i)server=(\\S+)"))).isNull(); // a flag group first
        assertThat(LiteralHeads.of(Pattern.compile("server=(\\S+)", Pattern.CASE_INSENSITIVE))).isNull();
        assertThat(LiteralHeads.of(Pattern.compile("(?:x?server|host)=(\\S+)"))).isNull();
        assertThat(LiteralHeads.of(Pattern.compile("^server=(\\S+)"))).isNull();
    }

    /** Every built-in rule tried where its heads begin finds what a search of the same region finds. */
    @Test
    void rulesTriedAtTheirHeadsFindWhatASearchFinds() {
        List<PatternSecretRule> rules = BuiltInSecretRules.load();
        List<String> texts = new ArrayList<>();
        for (PatternSecretRule rule : rules) {
            rule.examples().match().forEach(example -> texts.add(example.text()));
            texts.addAll(rule.examples().noMatch());
        }
        Random random = new Random(13);
        int withHeads = 0;
        for (PatternSecretRule rule : rules) {
            LiteralHeads heads = LiteralHeads.of(rule.regex());
            if (heads == null) {
                continue;
            }
            withHeads++;
            LeadingGuard guard = LeadingGuard.of(rule.regex());
            for (String text : texts) {
                for (String variant : List.of(text, text.toUpperCase(), text.toLowerCase(), "x" + text + " " + text,
                        text + text, text + "\n" + text.substring(text.length() / 2))) {
                    int n = variant.length();
                    int[][] regions = {{0, n}, {random.nextInt(n / 2 + 1), n}, {0, n - random.nextInt(n / 2 + 1)}};
                    for (int[] region : regions) {
                        List<SecretMatch> found = new ArrayList<>();
                        rule.findStartingWith(variant, region[0], region[1], heads, guard, found);
                        assertThat(found).as(rule.id() + " on " + variant)
                                .isEqualTo(rule.findIn(variant, region[0], region[1]));
                    }
                }
            }
        }
        assertThat(withHeads).isGreaterThan(50);
    }
}
