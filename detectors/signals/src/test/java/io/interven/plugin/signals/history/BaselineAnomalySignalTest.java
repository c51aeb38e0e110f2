package io.interven.plugin.signals.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interven.spi.AgentHistory;
import io.interven.spi.AgentRef;
import io.interven.spi.InvalidPluginSettings;
import io.interven.spi.OutboundCall;
import io.interven.spi.PluginSettings;
import io.interven.spi.ReasonCodes;
import io.interven.spi.SignalContext;
import io.interven.spi.SignalResult;
import io.interven.spi.ToolMatch;
import io.interven.spi.Verb;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class BaselineAnomalySignalTest {
    private static final Instant NOW = Instant.parse("2026-03-04T10:00:00Z");
    private static final Instant THREE_DAYS_AGO = NOW.minus(Duration.ofDays(3));
    private static final String SLACK = "hooks.slack.com";
    private static final String GITHUB = "api.github.com";
    private static final Offset<Double> CLOSE = Offset.offset(1e-9);

    private final BaselineAnomalySignal signal = new BaselineAnomalySignal(Clock.fixed(NOW, ZoneOffset.UTC));

    /** An agent that posted to Slack 120 times over three days. */
    private static KnownHistory slackPoster() {
        return new KnownHistory(true, 120, THREE_DAYS_AGO).used("slack", "post_message", SLACK).rate(0, 1);
    }

    private Optional<SignalResult> evaluate(AgentHistory history, String method, String url, ToolMatch tool) {
        return signal.evaluate(new SignalContext(OutboundCall.of(method, url, Map.of()), tool, List.of(),
                new AgentRef("5a0a3a9e-8f5e-4c1e-9a38-6c3f3f3f3f3f", "agent", null)).withHistory(history));
    }

    private Optional<SignalResult> deleteRepo(AgentHistory history) {
        return evaluate(history, "DELETE", "https://api.github.com/repos/acme/payments",
                new ToolMatch("github", "delete_repo", Verb.DELETE));
    }

    private Optional<SignalResult> slackPost(AgentHistory history) {
        return evaluate(history, "POST", "https://hooks.slack.com/services/T/B/x",
                new ToolMatch("slack", "post_message", Verb.WRITE));
    }

    @Test
    void aSlackPosterDeletingARepositoryIsHighOnItsOwnAndTheDetailNamesTheFacts() {
        SignalResult result = deleteRepo(slackPoster()).orElseThrow();

        assertThat(result.reasonCode()).isEqualTo(ReasonCodes.BASELINE_ANOMALY);
        assertThat(result.weight()).isBetween(0.60, 0.85);
        assertThat(result.detail()).contains("first DELETE github.delete_repo", "first call to api.github.com",
                "first use of github", "after 120 calls over 3 day(s)");
    }

    @Test
    void whatTheAgentUsuallyDoesDoesNotFire() {
        assertThat(slackPost(slackPoster())).isEmpty();
    }

    @Test
    void aNewHostOfAKnownToolIsMediumAtMost() {
        SignalResult result = evaluate(slackPoster(), "POST", "https://slack.com/api/chat.postMessage",
                new ToolMatch("slack", "post_message", Verb.WRITE)).orElseThrow();

        assertThat(result.weight()).isCloseTo(0.3, CLOSE);
        assertThat(result.detail()).contains("first call to slack.com").doesNotContain("first use of");
    }

    @Test
    void aDestructiveOperationAlreadyPerformedIsNotNewButItsHostMayBe() {
        KnownHistory history = slackPoster().used("github", "delete_repo", GITHUB);

        assertThat(deleteRepo(history)).isEmpty();
    }

    @Test
    void administrativeWritesAreDestructiveAndReadsNeverAre() {
        KnownHistory knowsGithub = slackPoster().used("github", "get_repo", GITHUB);

        assertThat(evaluate(knowsGithub, "PUT", "https://api.github.com/repos/o/r/collaborators/u",
                new ToolMatch("github", "add_collaborator", Verb.WRITE)).orElseThrow().weight()).isCloseTo(0.65, CLOSE);
        assertThat(evaluate(knowsGithub, "GET", "https://api.github.com/repos/o/r/collaborators",
                new ToolMatch("github", "list_members", Verb.READ))).isEmpty();
    }

    @Test
    void silentDuringTheWarmUpAndWhileTheHistoryIsUnknown() {
        KnownHistory fewCalls = new KnownHistory(true, 19, THREE_DAYS_AGO).used("slack", "post_message", SLACK);
        KnownHistory tooRecent = new KnownHistory(true, 500, NOW.minus(Duration.ofMinutes(59)))
                .used("slack", "post_message", SLACK);
        KnownHistory unknown = new KnownHistory(false, 0, null);

        assertThat(deleteRepo(fewCalls)).isEmpty();
        assertThat(deleteRepo(tooRecent)).isEmpty();
        assertThat(deleteRepo(unknown)).isEmpty();
        assertThat(deleteRepo(AgentHistory.none())).isEmpty();
    }

    @Test
    void aBurstFarAboveTheUsualRateFires() {
        SignalResult burst = slackPost(slackPoster().rate(40, 2)).orElseThrow();

        assertThat(burst.weight()).isCloseTo(0.35, CLOSE);
        assertThat(burst.detail()).contains("41 calls in the last minute against 2.0 usually");
        assertThat(slackPost(slackPoster().rate(20, 2))).as("under the floor").isEmpty();
        assertThat(slackPost(slackPoster().rate(40, 10))).as("under five times the usual").isEmpty();
    }

    @Test
    void everyPartTogetherStaysBelowCritical() {
        SignalResult all = deleteRepo(slackPoster().rate(100, 1)).orElseThrow();

        assertThat(all.weight()).isCloseTo(1 - 0.7 * 0.35 * 0.65, CLOSE)
                .isLessThan(0.85);
    }

    @Test
    void settingsChangeTheWarmUpAndWeightsAndBadOnesAreRefusedByName() {
        signal.configure(PluginSettings.of(Map.of("baseline-anomaly", Map.of("warm-up-calls", 3, "warm-up-minutes", 0,
                "destructive-weight", 0.7))));
        KnownHistory young = new KnownHistory(true, 3, NOW).used("slack", "post_message", SLACK);

        assertThat(deleteRepo(young).orElseThrow().weight()).isCloseTo(1 - 0.3 * 0.7,
                CLOSE);
        assertThatThrownBy(() -> signal.configure(PluginSettings.of(Map.of("baseline-anomaly",
                Map.of("destructive-weight", 2)))))
                .isInstanceOf(InvalidPluginSettings.class).hasMessageContaining("baseline-anomaly.destructive-weight");
        assertThatThrownBy(() -> signal.configure(PluginSettings.of(Map.of("baseline-anomaly", Map.of("warmupCalls", 2)))))
                .isInstanceOf(InvalidPluginSettings.class).hasMessageContaining("baseline-anomaly.warmupCalls");
    }
}
