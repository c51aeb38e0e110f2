package io.interven.gateway.core.fields;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A run's value is filed under its text's key and the whole words before it on its line, within reach. */
class RunContextTest {

    @Test
    void theWordsBeforeTheRunFollowTheKey() {
        String text = "my ssn is 5 3 6 2 2 8 7 1 4";

        assertThat(RunContext.keyOf("text", text, text.indexOf('5'))).isEqualTo("text my ssn is");
        assertThat(RunContext.keyOf(null, text, text.indexOf('5'))).isEqualTo("my ssn is");
    }

    @Test
    void onlyTheRunsLineAndWholeWordsWithinReachCount() {
        String text = "ssn\nnotes: 5 3 6";
        assertThat(RunContext.keyOf("k", text, text.indexOf('5'))).isEqualTo("k notes:");

        String far = "passport and then a long stretch of prose before it: 5 3 6";
        assertThat(RunContext.keyOf(null, far, far.indexOf('5'))).isEqualTo("stretch of prose before it:");
    }

    @Test
    void aRunAtTheStartKeepsTheKey() {
        assertThat(RunContext.keyOf("text", "5 3 6", 0)).isEqualTo("text");
        assertThat(RunContext.keyOf(null, "  5 3 6", 2)).isNull();
    }
}
