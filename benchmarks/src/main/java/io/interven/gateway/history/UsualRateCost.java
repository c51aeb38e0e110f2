package io.interven.gateway.history;

import java.util.Locale;
import java.util.UUID;

/**
 * What an agent's usual rate costs on the first scan of each minute, for an agent with a call in every minute of the
 * volume window (7 days, 10,080 minutes): the clock moves one minute, the agent's call of that minute is recorded, and
 * the usual rate is read, as the baseline-anomaly signal reads it. Prints microseconds a minute, for three rounds.
 * The baseline is package-private, so this stands in its package; the benchmarks' jar puts both on one class path.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar io.interven.gateway.history.UsualRateCost</pre>
 */
public final class UsualRateCost {
    private static final long MINUTE = 60_000;
    private static final long WINDOW = 7 * 24 * 60 * MINUTE;
    private static final int MINUTES_READ = 20_000;

    private UsualRateCost() {
    }

    public static void main(String[] args) {
        UUID tenant = UUID.randomUUID();
        for (int round = 0; round < 3; round++) {
            long now = 1_800_000_000_000L;
            AgentBaseline baseline = new AgentBaseline(now);
            for (long minute = now - WINDOW; minute < now; minute += MINUTE) {
                baseline.merge(new VolumeRow(tenant, "agent", AgentBaseline.minuteOf(minute), 3, minute));
            }
            baseline.typicalPerMinute(now, WINDOW);
            double sink = 0;
            long start = System.nanoTime();
            for (int i = 0; i < MINUTES_READ; i++) {
                now += MINUTE;
                baseline.merge(new VolumeRow(tenant, "agent", AgentBaseline.minuteOf(now), 3, now));
                baseline.pruneMinutes(now - WINDOW - MINUTE);
                sink += baseline.typicalPerMinute(now, WINDOW);
            }
            System.out.printf(Locale.ROOT, "%.2f us a minute's first read of the usual rate (mean %.1f)%n",
                    (System.nanoTime() - start) / 1000.0 / MINUTES_READ, sink / MINUTES_READ);
        }
    }
}
