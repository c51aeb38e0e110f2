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

    @Test
    void theUsualRateFollowsEveryChangeToAPastMinuteAndTheClockMovingOn() {
        AgentBaseline baseline = new AgentBaseline(NOW);
        long minute = AgentBaseline.minuteOf(NOW);
        long window = 3_600_000;
        baseline.merge(new VolumeRow(TENANT, "agent", minute - 600_000, 6, NOW));
        assertThat(baseline.typicalPerMinute(minute + 1_000, window)).isEqualTo(6.0);

        // a call recorded late, into a past minute of the window
        baseline.record(call(minute - 300_000, "slack", "post_message", Verb.WRITE, "hooks.slack.com", true));
        assertThat(baseline.typicalPerMinute(minute + 2_000, window)).isEqualTo(3.5);
        // another node's row for a past minute
        baseline.merge(new VolumeRow(TENANT, "agent", minute - 300_000, 9, NOW));
        assertThat(baseline.typicalPerMinute(minute + 3_000, window)).isEqualTo(7.5);
        // the current minute counts once it is past
        for (int i = 0; i < 3; i++) {
            baseline.record(call(minute + 4_000, "slack", "post_message", Verb.WRITE, "hooks.slack.com", true));
        }
        assertThat(baseline.typicalPerMinute(minute + 5_000, window)).isEqualTo(7.5);
        assertThat(baseline.typicalPerMinute(minute + 60_000, window)).isEqualTo(6.0);
        // minutes older than the window drop out as the clock moves on, and a prune forgets them
        assertThat(baseline.typicalPerMinute(minute - 600_000 + window + 60_000, window)).isEqualTo(6.0);
        baseline.pruneMinutes(minute - 300_000);
        assertThat(baseline.typicalPerMinute(minute + 60_000, window)).isEqualTo(6.0);
        baseline.pruneMinutes(minute);
        assertThat(baseline.typicalPerMinute(minute + 60_000, window)).isEqualTo(3.0);
    }

    @Test
    void theUsualRateIsTheMeanOfThePastMinutesAfterAnySequenceOfChanges() {
        java.util.Random random = new java.util.Random(7);
        AgentBaseline baseline = new AgentBaseline(NOW);
        java.util.TreeMap<Long, Long> expected = new java.util.TreeMap<>();
        long window = 20 * 60_000L;
        long now = NOW;
        for (int step = 0; step < 20_000; step++) {
            long minute = AgentBaseline.minuteOf(now - random.nextInt(30) * 60_000L);
            switch (random.nextInt(5)) {
                case 0 -> {
                    baseline.record(call(minute + 5, "slack", "post_message", Verb.WRITE, "hooks.slack.com", true));
                    expected.merge(minute, 1L, Long::sum);
                }
                case 1 -> {
                    long calls = random.nextInt(12);
                    baseline.merge(new VolumeRow(TENANT, "agent", minute, calls, now));
                    expected.merge(minute, calls, Math::max);
                }
                case 2 -> now += random.nextInt(20) == 0 ? -random.nextInt(180_000)
                        : random.nextInt(8) == 0 ? random.nextInt(40) * 60_000L : random.nextInt(90_000);
                case 3 -> {
                    if (random.nextInt(50) == 0) {
                        long oldestKept = now - random.nextInt(40) * 60_000L;
                        baseline.pruneMinutes(oldestKept);
                        expected.headMap(AgentBaseline.minuteOf(oldestKept), false).clear();
                    }
                }
                default -> {
                    // read twice: the second answer comes from what the first kept
                }
            }
            var within = expected.subMap(AgentBaseline.minuteOf(now - window), true, AgentBaseline.minuteOf(now),
                    false);
            double mean = within.isEmpty() ? 0
                    : within.values().stream().mapToLong(Long::longValue).sum() / (double) within.size();
            assertThat(baseline.typicalPerMinute(now, window)).as("step %d", step).isEqualTo(mean);
            assertThat(baseline.typicalPerMinute(now, window)).as("step %d, read again", step).isEqualTo(mean);
        }
    }
}
