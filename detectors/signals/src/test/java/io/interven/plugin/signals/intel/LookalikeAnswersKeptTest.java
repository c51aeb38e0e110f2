package io.interven.plugin.signals.intel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The answers {@link Lookalikes} keeps per host: the same as judged afresh, per suffix, and bounded. */
class LookalikeAnswersKeptTest {
    private final Lookalikes lookalikes = new Lookalikes(CatalogueDomains.builtIn(), List.of());

    @Test
    void aKeptAnswerIsTheJudgedOneAndTheSuffixIsPartOfTheQuestion() {
        for (int round = 0; round < 2; round++) { // the second round reads the kept answers
            assertThat(lookalikes.imitatedBy("s1ack.com", "")).contains("slack.com");
            assertThat(lookalikes.imitatedBy("api.example-corp.com", "")).isEmpty();
            assertThat(lookalikes.imitatedBy("api.slack.com", "")).isEmpty();
        }
        // the same host under a shared-hosting suffix is judged on its own label, not answered from the other
        Optional<String> underSuffix = lookalikes.imitatedBy("s1ack.herokuapp.com", "herokuapp.com");
        Optional<String> plain = lookalikes.imitatedBy("s1ack.herokuapp.com", "");
        assertThat(underSuffix).contains("slack.com");
        assertThat(plain).isEmpty();
        assertThat(new Lookalikes(CatalogueDomains.builtIn(), List.of()).imitatedBy("s1ack.herokuapp.com",
                "herokuapp.com")).isEqualTo(underSuffix);
    }

    @Test
    void madeUpHostsDoNotGrowTheKeptAnswersPastTheBound() {
        for (int i = 0; i < Lookalikes.HOSTS_KEPT + 50; i++) {
            assertThat(lookalikes.imitatedBy("h" + i + ".example", "")).isEmpty();
            assertThat(lookalikes.answersKept()).isLessThanOrEqualTo(Lookalikes.HOSTS_KEPT);
        }
        assertThat(lookalikes.imitatedBy("s1ack.com", "")).contains("slack.com");
    }

    @Test
    void aTextLongerThanAHostNameIsJudgedButNotKept() {
        String longHost = "a".repeat(5_000) + ".s1ack.com";
        assertThat(lookalikes.imitatedBy(longHost, "")).isEqualTo(
                new Lookalikes(CatalogueDomains.builtIn(), List.of()).imitatedBy(longHost, ""));
        assertThat(lookalikes.imitatedBy("s1ack.com", longHost)).isEqualTo(
                new Lookalikes(CatalogueDomains.builtIn(), List.of()).imitatedBy("s1ack.com", longHost));
        assertThat(lookalikes.answersKept()).isZero();
    }
}
