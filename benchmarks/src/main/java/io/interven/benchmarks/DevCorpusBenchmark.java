package io.interven.benchmarks;

import io.interven.gateway.core.ScanOutcome;
import io.interven.gateway.policy.Decision;
import java.io.IOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The whole pipeline ({@link LoadedPipeline}: parse the scan request, validate, decode, recognize the tool, detect,
 * weigh signals, decide, sanitize) over every call of the dev corpus, in file order, on one thread. One operation is
 * one pass over the corpus; the {@code megabytes} counter is the scan requests' bytes ({@link DevCorpus}) per
 * second, in MiB.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class DevCorpusBenchmark {

    private LoadedPipeline loaded;
    private List<DevCorpus.Call> calls;
    private double passMegabytes;

    /** Scanned bytes per second, in MiB: JMH reports this counter as a rate. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Scanned {
        public double megabytes;
    }

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        loaded = new LoadedPipeline();
        calls = DevCorpus.load();
        long bytes = DevCorpus.totalBytes(calls);
        passMegabytes = bytes / 1048576.0;
        Map<Decision, Integer> decisions = new EnumMap<>(Decision.class);
        for (DevCorpus.Call call : calls) {
            decisions.merge(loaded.scanRequest(call.request()).decision(), 1, Integer::sum);
        }
        System.out.println("dev corpus: " + calls.size() + " calls, " + bytes + " bytes of scan requests, decisions "
                + decisions);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        loaded.close();
    }

    @Benchmark
    public void corpus(Scanned scanned, Blackhole sink) throws IOException {
        for (DevCorpus.Call call : calls) {
            ScanOutcome outcome = loaded.scanRequest(call.request());
            sink.consume(outcome);
        }
        scanned.megabytes += passMegabytes;
    }
}
