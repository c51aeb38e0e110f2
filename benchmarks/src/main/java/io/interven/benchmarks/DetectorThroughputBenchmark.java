package io.interven.benchmarks;

import io.interven.gateway.core.fields.CallSlots;
import io.interven.gateway.core.fields.DecodeBudget;
import io.interven.spi.Finding;
import io.interven.spi.ScanField;
import java.util.List;
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
 * The whole detector set (every built-in detector over every field) on a 64 KB JSON body, single-threaded.
 * MB/s = ops/s x body bytes / 2^20; the body size is printed at setup.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class DetectorThroughputBenchmark {
    @Param({"benign", "dense", "records"})
    public String kind;

    private LoadedPipeline loaded;
    private List<ScanField> fields;

    @Setup(Level.Trial)
    public void setUp() {
        loaded = new LoadedPipeline();
        var body = Payloads.body(65_536, kind, 7);
        fields = CallSlots.fieldsOf(CallSlots.bodySlots(body, false, DecodeBudget.standard()));
        System.out.println("body bytes: " + body.toString().length() + ", fields: " + fields.size());
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        loaded.close();
    }

    @Benchmark
    public List<Finding> detectAllFields() {
        return loaded.detectors.detect(fields);
    }
}
