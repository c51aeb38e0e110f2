package io.interven.gateway.history;

import static org.assertj.core.api.Assertions.assertThat;

import io.interven.spi.Verb;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * One agent's baseline in memory: what a call teaches it, how rows from the database merge (idempotently, towards
 * the sums every node writes), and the rates it answers.
 */
class AgentBaselineTest {
    private static final long NOW = 1_767_225_600_000L;
    private static final UUID TENANT = UUID.randomUUID();

    private static RecordedCall call(long at, String tool, String operation, Verb verb, String host,
                                     boolean letThrough) {
        return new RecordedCall(TENANT, "agent", at, tool, operation, verb, host, UUID.randomUUID(), letThrough);
    }

    @Test
    void aCallLetThroughTeachesItsToolOperationAndHostAHeldOneOnlyCounts() {
        AgentBaseline baseline = new AgentBaseline(NOW);
        baseline.record(call(NOW, "slack", "post_message", Verb.WRITE, "hooks.slack.com", true));
        baseline.record(call(NOW + 1, "github", "delete_repo", Verb.DELETE, "api.github.com", false));

        assertThat(baseline.firstSeen(FactKind.HOST, "hooks.slack.com")).contains(Instant.ofEpochMilli(NOW));
        assertThat(baseline.firstSeen(FactKind.OPERATION, "slack post_message")).isPresent();
        assertThat(baseline.firstSeen(FactKind.OPERATION, "github delete_repo")).isEmpty();
        assertThat(baseline.firstSeen(FactKind.HOST, "api.github.com")).isEmpty();
        assertThat(baseline.calls(FactKind.AGENT, "")).isEqualTo(2);
    }

    @Test
    void mergingTheSameRowTwiceChangesNothingAndTheLargerCountWins() {
        AgentBaseline baseline = new AgentBaseline(NOW);
        baseline.record(call(NOW, "slack", "post_message", Verb.WRITE, "hooks.slack.com", true));
        FactRow stored = new FactRow(TENANT, "agent", "agent", "", NOW - 3_600_000, NOW, 40, NOW);

        baseline.merge(stored);
        baseline.merge(stored);

        assertThat(baseline.calls(FactKind.AGENT, "")).isEqualTo(40);
        assertThat(baseline.firstSeen(FactKind.AGENT, "")).contains(Instant.ofEpochMilli(NOW - 3_600_000));
    }

    @Test
    void theUsualRateLeavesOutTheCurrentMinuteAndMinutesWithoutCalls() {
        AgentBaseline baseline = new AgentBaseline(NOW);
        long minute = AgentBaseline.minuteOf(NOW);
        baseline.merge(new VolumeRow(TENANT, "agent", minute - 120_000, 2, NOW));
        baseline.merge(new VolumeRow(TENANT, "agent", minute - 60_000, 4, NOW));
        for (int i = 0; i < 30; i++) {
            baseline.record(call(minute + 1_000, "slack", "post_message", Verb.WRITE, "hooks.slack.com", true));
        }

        assertThat(baseline.typicalPerMinute(minute + 1_000, 86_400_000)).isEqualTo(3.0);
        assertThat(baseline.callsWithin(minute + 1_000, 60_000)).isEqualTo(34);
    }
}
