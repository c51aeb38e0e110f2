package io.interven.plugin.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import io.interven.spi.FieldLocation;
import io.interven.spi.Finding;
import io.interven.spi.ScanField;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class KeywordGatedRulesTest {

    /** A rule that would match anything, and counts how often it is asked. */
    private static final class CountingRule extends JavaTextRule {
        final AtomicInteger evaluations = new AtomicInteger();

        CountingRule(String id, String... keywords) {
            super(id, List.of(keywords), 100);
        }

        /** One match over the whole region it was asked to search. */
        @Override
        public List<SecretMatch> findIn(String text, int from, int to) {
            evaluations.incrementAndGet();
            return List.of(new SecretMatch(id(), "TEST_SECRET", java.util.Set.of(), from, to, 0.5));
        }
    }

    private static final String HEX = "0f8e2d4c6b1a39587e6d5c4b3a291807";

    /** A rule with keyword acme whose examples are trivially consistent. */
    private static PatternSecretRule acmeRule(String regex) {
        return TestRules.rule("acme-key", "acme", regex, "acme " + HEX, "acme 0f8e2d4c");
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

    /** The first keyword found ends inside a longer one that started earlier: both are found. */
    @Test
    void findsAKeywordThatStartedBeforeTheFirstOneFound() {
        CountingRule longer = new CountingRule("longer", "abcdef");
        CountingRule inner = new CountingRule("inner", "cd");
        KeywordGatedRules rules = new KeywordGatedRules(List.of(longer, inner));
        String text = "z".repeat(300) + "ABCDEF" + "z".repeat(300);

        List<SecretMatch> matches = rules.findIn(text);

        assertThat(matches).extracting(SecretMatch::ruleId, SecretMatch::start, SecretMatch::end)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("longer", 200, 406),
                        org.assertj.core.groups.Tuple.tuple("inner", 202, 404));
    }

    /** Matches come rule by rule in the rules' order, not in the order their keywords occur in the text. */
    @Test
    void triggeredRulesAreTriedInRuleOrderWhateverOrderTheirKeywordsOccurIn() {
        List<CountingRule> counting = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            counting.add(new CountingRule(String.format("r%02d", i), String.format("kw%02dq", i)));
        }
        for (int i : new int[] {39, 3, 17, 0, 38, 21, 4, 12, 9, 33}) {
            text.append(String.format("kw%02dq ", i)).append("-".repeat(250));
        }
        KeywordGatedRules rules = new KeywordGatedRules(counting);

        List<SecretMatch> matches = rules.findIn(text.toString());

        assertThat(matches).extracting(SecretMatch::ruleId)
                .containsExactly("r00", "r03", "r04", "r09", "r12", "r17", "r21", "r33", "r38", "r39");
        assertThat(rules.findIn(text.toString())).isEqualTo(matches);
    }

    /** A rule that searches again with the same rules while its own search runs leaves both searches whole. */
    @Test
    void aRuleThatSearchesAgainWhileMatchingLeavesBothSearchesWhole() {
        AtomicReference<KeywordGatedRules> self = new AtomicReference<>();
        List<List<String>> nested = new ArrayList<>();
        JavaTextRule reentrant = new JavaTextRule("outer", List.of("outerkw"), 100) {
            @Override
            public List<SecretMatch> findIn(String text, int from, int to) {
                nested.add(self.get().findIn("innerkw and latekw").stream().map(SecretMatch::ruleId).toList());
                return List.of(new SecretMatch(id(), "TEST_SECRET", java.util.Set.of(), from, to, 0.5));
            }
        };
        KeywordGatedRules rules = new KeywordGatedRules(List.of(new CountingRule("first", "firstkw"), reentrant,
                new CountingRule("inner", "innerkw"), new CountingRule("late", "latekw")));
        self.set(rules);

        List<SecretMatch> matches = rules.findIn("latekw " + "-".repeat(200) + " outerkw " + "-".repeat(200)
                + " firstkw");

        assertThat(matches).extracting(SecretMatch::ruleId).containsExactly("first", "outer", "late");
        assertThat(nested).containsExactly(List.of("inner", "late"));
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
        SecretsDetector detector = new SecretsDetector(List.of(acmeRule("([0-9a-f]{32})")));

        List<Finding> withoutKeyword = detector.detect(new ScanField("$.a", FieldLocation.BODY, null, "id " + HEX));
        List<Finding> withKeyword = detector.detect(new ScanField("$.a", FieldLocation.BODY, null, "ACME id " + HEX));

        assertThat(withoutKeyword).isEmpty();
        assertThat(withKeyword).extracting(Finding::ruleId).containsExactly("acme-key");
    }

    @Test
    void searchesOnlyWithinTheRulesMaxLengthOfEachKeywordHit() {
        CountingRule rule = new CountingRule("acme", "acme_");
        KeywordGatedRules rules = new KeywordGatedRules(List.of(rule));
        String text = "x".repeat(500) + "acme_1" + "y".repeat(1000) + "acme_2" + "z".repeat(50) + "acme_3";

        List<SecretMatch> regions = rules.findIn(text);

        int first = text.indexOf("acme_1");
        int second = text.indexOf("acme_2");
        int third = text.indexOf("acme_3");
        assertThat(regions).extracting(SecretMatch::start, SecretMatch::end).containsExactly(
                org.assertj.core.groups.Tuple.tuple(first - 100, first + 5 + 100),
                org.assertj.core.groups.Tuple.tuple(second - 100, text.length()));
        assertThat(third + 5 + 100).isGreaterThan(text.length());
        assertThat(rule.evaluations).hasValue(2);
    }

    @Test
    void aSecretFarFromEveryKeywordHitIsNotSearchedFor() {
        PatternSecretRule farReaching = acmeRule("acme[ x]{1,2000}[0-9a-f]{32}");
        KeywordGatedRules rules = new KeywordGatedRules(List.of(farReaching));

        assertThat(farReaching.findIn("acme" + " x".repeat(500) + " " + HEX)).hasSize(1);
        assertThat(rules.findIn("acme" + " x".repeat(500) + " " + HEX)).isEmpty();
        assertThat(rules.findIn("acme" + " x".repeat(50) + " " + HEX)).hasSize(1);
        assertThat(rules.findIn("İİİ acme " + HEX)).extracting(SecretMatch::start).containsExactly(4);
    }

    @Test
    void aValueIsReadWithTheNameItIsFiledUnder() {
        PatternSecretRule named = TestRules.rule("acme-secret", "acme_secret",
                "(?<=(?i:acme_secret)=)[0-9a-f]{32}", "acme_secret=" + HEX, "acme_secret=0f8e");
        KeywordGatedRules rules = new KeywordGatedRules(List.of(named));

        assertThat(rules.findInNamedValue("ACME_SECRET", HEX)).extracting(SecretMatch::start, SecretMatch::end)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0, HEX.length()));
        assertThat(rules.findInNamedValue("note", HEX)).isEmpty();
        assertThat(rules.findInNamedValue(null, HEX)).isEmpty();
        assertThat(rules.findIn(HEX)).isEmpty();
    }

    @Test
    void aKeywordHitGluedToAWordDoesNotHideALaterOneThatStandsAlone() {
        PatternSecretRule standingAlone = TestRules.rule("acme-key", "acme_",
                "(?<![A-Za-z0-9])acme_([0-9a-f]{32})", "acme_" + HEX, "xacme_" + HEX);
        KeywordGatedRules rules = new KeywordGatedRules(List.of(standingAlone));
        String glued = "xacme_" + HEX + " 5acme_" + HEX;
        String gluedThenAlone = glued + " acme_" + HEX;

        assertThat(rules.findIn(glued)).as("every hit glued: no match").isEmpty();
        assertThat(rules.findIn(gluedThenAlone)).extracting(SecretMatch::start)
                .containsExactly(gluedThenAlone.lastIndexOf("acme_"));
        assertThat(rules.findIn(gluedThenAlone)).usingRecursiveFieldByFieldElementComparator()
                .isEqualTo(standingAlone.findIn(gluedThenAlone));
    }

    /**
     * A long text is read by four readers side by side (one per quarter, each starting a keyword's length before it):
     * a hit that stands alone is found wherever it lies, across the quarters' borders and at the text's end, between
     * glued (dead) hits, for texts of every length around where the readers take over.
     */
    @Test
    void aHitThatStandsAloneIsFoundAnywhereInALongText() {
        String longKeyword = "longcompanyname_secret_";
        PatternSecretRule longRule = TestRules.rule("long-key", longKeyword,
                "(?<![A-Za-z0-9])" + longKeyword + "([0-9a-f]{32})", longKeyword + HEX, "x" + longKeyword + HEX);
        PatternSecretRule shortRule = TestRules.rule("acme-key", "acme_",
                "(?<![A-Za-z0-9])acme_([0-9a-f]{32})", "acme_" + HEX, "xacme_" + HEX);
        KeywordGatedRules rules = new KeywordGatedRules(List.of(longRule, shortRule));
        java.util.Random random = new java.util.Random(13);
        String[] dead = {"x" + longKeyword + HEX, "xacme_" + HEX, "9acme_", "zlongcompanyname_"};
        int found = 0;
        for (int round = 0; round < 3_000; round++) {
            StringBuilder text = new StringBuilder();
            int length = 20 + random.nextInt(1_200);
            while (text.length() < length) {
                text.append(random.nextInt(4) == 0 ? dead[random.nextInt(dead.length)] : "the quick brown fox ");
            }
            if (random.nextInt(5) > 0) {
                String live = random.nextBoolean() ? longKeyword + HEX : "acme_" + HEX;
                text.insert(random.nextInt(text.length() + 1), " " + live + " ");
            }
            String sample = text.toString();
            List<SecretMatch> expected = new ArrayList<>(longRule.findIn(sample));
            expected.addAll(shortRule.findIn(sample));

            List<SecretMatch> actual = rules.findIn(sample);

            assertThat(actual).as(sample).extracting(SecretMatch::ruleId, SecretMatch::start, SecretMatch::end)
                    .containsExactlyInAnyOrderElementsOf(expected.stream().map(match -> org.assertj.core.groups.Tuple
                            .tuple(match.ruleId(), match.start(), match.end())).toList());
            found += expected.isEmpty() ? 0 : 1;
        }
        assertThat(found).as("cases with a match").isGreaterThan(2_000);
    }

    /**
     * The windows of a long text are read by four readers too: every keyword hit, wherever it lies (in a quarter, in
     * the overlap before the next one, at the end), opens its window once, as a search of each keyword in turn finds
     * them.
     */
    @Test
    void theWindowsOfALongTextHoldEveryKeywordHitWhereverItLies() {
        String[] keywords = {"acme_", "a-keyword-of-thirty-characters", "key"};
        CountingRule acme = new CountingRule("acme", keywords[0]);
        CountingRule longer = new CountingRule("longer", keywords[1]);
        CountingRule key = new CountingRule("key", keywords[2]);
        KeywordGatedRules rules = new KeywordGatedRules(List.of(acme, longer, key));
        java.util.Random random = new java.util.Random(29);
        for (int round = 0; round < 2_000; round++) {
            StringBuilder text = new StringBuilder("z".repeat(200 + random.nextInt(3_000)));
            for (int hits = random.nextInt(12); hits > 0; hits--) {
                text.insert(random.nextInt(text.length() + 1), keywords[random.nextInt(keywords.length)]);
            }
            String sample = text.toString();
            List<org.assertj.core.groups.Tuple> expected = new ArrayList<>();
            for (int k = 0; k < keywords.length; k++) {
                String id = List.of("acme", "longer", "key").get(k);
                for (int[] region : mergedWindows(sample, keywords[k], 100)) {
                    expected.add(org.assertj.core.groups.Tuple.tuple(id, region[0], region[1]));
                }
            }

            assertThat(rules.findIn(sample)).as("round %d", round)
                    .extracting(SecretMatch::ruleId, SecretMatch::start, SecretMatch::end)
                    .containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    /** The windows of {@code reach} either side of each occurrence of {@code keyword}, merged where they meet. */
    private static List<int[]> mergedWindows(String text, String keyword, int reach) {
        List<int[]> merged = new ArrayList<>();
        for (int at = text.indexOf(keyword); at >= 0; at = text.indexOf(keyword, at + 1)) {
            int start = Math.max(0, at - reach);
            int end = Math.min(text.length(), at + keyword.length() + reach);
            int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && start <= last[1]) {
                last[1] = Math.max(last[1], end);
            } else {
                merged.add(new int[] {start, end});
            }
        }
        return merged;
    }

    /** The last reader reads on to the text's end, whatever its length. */
    @Test
    void aKeywordAtTheVeryEndOfALongTextIsFound() {
        CountingRule tail = new CountingRule("tail", "tailword");
        CountingRule longer = new CountingRule("longer", "a-keyword-of-thirty-characters");
        KeywordGatedRules rules = new KeywordGatedRules(List.of(tail, longer));
        for (int length = 100; length < 1_000; length++) {
            String text = "z".repeat(length) + "TAILWORD";

            assertThat(rules.findIn(text)).as("length %d", length).extracting(SecretMatch::ruleId)
                    .containsExactly("tail");
        }
    }
}
