package io.interven.gateway.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The least pace of a request body: free during the grace, then an average over the time beyond it. */
class BodyPaceTest {
    static final BodyPace PACE = new BodyPace(1024, 5_000);

    static long seconds(double s) {
        return (long) (s * TimeUnit.SECONDS.toNanos(1));
    }

    @Test
    void aSmallBodyReadLateWithinTheGraceIsNeverTooSlow() {
        for (long bytes : new long[] {1, 18, 45, 300}) {
            assertThat(PACE.tooSlow(bytes, seconds(0.05))).isFalse();
            assertThat(PACE.tooSlow(bytes, seconds(4.9))).isFalse();
        }
    }

    @Test
    void aTrickleIsTooSlowOnceTheGraceIsOver() {
        assertThat(PACE.tooSlow(30, seconds(6))).isTrue();
        assertThat(PACE.tooSlow(1023, seconds(7))).isTrue();
    }

    @Test
    void aBodyAtThePaceBeyondTheGraceIsFine() {
        assertThat(PACE.tooSlow(1024, seconds(6))).isFalse();
        assertThat(PACE.tooSlow(262_144, seconds(60))).isFalse();
        assertThat(BodyPace.NONE.tooSlow(0, seconds(3600))).isFalse();
    }
}
