package io.interven.benchmarks;

import io.interven.gateway.core.ScanOutcome;
import java.io.IOException;
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
 * One whole scan as the server runs it, minus HTTP and the database: parse the request bytes, validate,
 * normalize and decode, recognize the tool, detect, weigh signals, decide by policy, sanitize. Average time per
 * scan for 1 KB, 16 KB and 256 KB bodies; {@code dense} bodies carry a secret or PII value in every record, so
 * they are sanitized.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class FullScanBenchmark {

    @Param({"1024", "16384", "262144"})
    public int bodyBytes;

    @Param({"benign", "dense", "records"})
    public String kind;

    private LoadedPipeline loaded;
    private byte[] request;

    @Setup(Level.Trial)
    public void setUp() {
        loaded = new LoadedPipeline();
        request = Payloads.scanRequest(Payloads.body(bodyBytes - 200, kind, 11));
        System.out.println("request bytes: " + request.length);
        try {
            ScanOutcome first = loaded.scanRequest(request);
            System.out.println("decision " + first.decision() + ", tool " + first.tool().toolName() + "."
                    + first.tool().operation() + ", signals fired " + first.signals().stream()
                    .map(signal -> signal.reasonCode()).toList());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
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
