package io.interven.plugin.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OverlapResolverTest {

    private static SecretMatch match(String rule, int start, int end, double confidence) {
        return new SecretMatch(rule, "TYPE_" + rule, Set.of(), start, end, confidence);
    }

    @Test
    void keepsTheMostConfidentOfMatchesWithTheSameSpan() {
        List<SecretMatch> kept = OverlapResolver.resolve(List.of(
                match("generic", 10, 50, 0.65), match("provider", 10, 50, 0.95), match("key-name", 10, 50, 0.7)));

        assertThat(kept).extracting(SecretMatch::ruleId).containsExactly("provider");
    }

    @Test
    void dropsALessConfidentMatchInsideAMoreConfidentOne() {
        List<SecretMatch> kept = OverlapResolver.resolve(List.of(match("inner", 20, 30, 0.6), match("outer", 10, 50, 0.9)));

        assertThat(kept).extracting(SecretMatch::ruleId).containsExactly("outer");
    }

    @Test
    void keepsAMoreConfidentMatchInsideALessConfidentOneAndPartialOverlaps() {
        List<SecretMatch> kept = OverlapResolver.resolve(List.of(
                match("outer", 10, 50, 0.6), match("inner", 20, 30, 0.9), match("crossing", 45, 60, 0.8)));

        assertThat(kept).extracting(SecretMatch::ruleId).containsExactly("outer", "inner", "crossing");
    }

    @Test
    void prefersTheEarlierRuleOnATie() {
        List<SecretMatch> kept = OverlapResolver.resolve(List.of(match("first", 0, 8, 0.9), match("second", 0, 8, 0.9)));

        assertThat(kept).extracting(SecretMatch::ruleId).containsExactly("first");
    }
}
