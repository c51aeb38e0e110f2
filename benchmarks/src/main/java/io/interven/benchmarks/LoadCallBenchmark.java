package io.interven.benchmarks;

import io.interven.gateway.core.ScanOutcome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The pipeline's share of the load script's two small calls ({@code load/scan-load.sh}: the Slack call answered
 * ALLOW, and the same call carrying an AWS key answered SANITIZE), without HTTP or database: what a scan costs whatever
 * its body. Run with {@code -prof gc} for the bytes each scan allocates, which set how often the collector pauses
 * under a fixed rate. A third call, {@code written}, posts a value the agent read before, and the agent's history can
 * be made long ({@link WarmHistory}: {@code -jvmArgsAppend -Dinterven.bench.historyDays=7}, or
 * {@code -Dinterven.bench.repeatedReads=20000}), to see that a scan costs the same however long the agent has run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(1)
@Threads(1)
public class LoadCallBenchmark {
    /** The script's {@code SLACK} and {@code SECRET} requests, as it sends them. */
    private static final String SLACK = "{\"method\":\"POST\",\"url\":\"https://hooks.slack.com/services/T0/B0/x\","
            + "\"headers\":{\"Content-Type\":\"application/json\"},\"body\":{\"text\":\"hello\"}}";
    private static final String SECRET = "{\"method\":\"POST\",\"url\":\"https://hooks.slack.com/services/T0/B0/x\","
            + "\"body\":{\"text\":\"deploy with AKIAQYLPMN5HHHFPZAM2 please\"}}";

    /**
     * A Slack post of a customer's address that the agent of the warm history read ({@link WarmHistory}): the
     * exfiltration signal looks its reads up. With {@code -Dinterven.bench.repeatedReads=N} the agent read it N times.
     */
    private static final String WRITTEN = "{\"method\":\"POST\",\"url\":\"https://hooks.slack.com/services/T0/B0/x\","
            + "\"body\":{\"text\":\"ticket from customer0@example.org about the invoice\"}}";

    @Param({"slack", "sanitize", "written"})
    public String call;

    private LoadedPipeline loaded;
    private byte[] request;

    @Setup(Level.Trial)
    public void setUp() {
        loaded = new LoadedPipeline();
        String body = switch (call) {
            case "slack" -> SLACK;
            case "sanitize" -> SECRET;
            case "written" -> WRITTEN;
            default -> throw new IllegalArgumentException("no call " + call);
        };
        request = body.getBytes(StandardCharsets.UTF_8);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        loaded.close();
    }

    @Benchmark
    public ScanOutcome scan() throws IOException {
        return loaded.scanRequest(request);
    }
}
