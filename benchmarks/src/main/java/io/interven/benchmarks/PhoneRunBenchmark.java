package io.interven.benchmarks;

import io.interven.spi.FieldLocation;
import io.interven.spi.Finding;
import io.interven.spi.ScanField;
import java.util.List;
import java.util.Map;
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
 * The whole detector set on one short field of prose holding one run of digits of a given kind: what a phone-like run
 * costs (libphonenumber reads a run once per region unless the recognizer can tell it need not).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@Threads(1)
public class PhoneRunBenchmark {
    private static final Map<String, String> RUNS = Map.of(
            "card", "4111 1111 1111 1111",
            "ip", "host 10.0.12.254",
            "ssn", "ssn 123-45-6789",
            "ref", "ref 1234 5678 9012",
            "us-phone", "call (503) 937-4811",
            "uk-phone", "call 020 3661 4926",
            "international", "call +49 30 98739104");

    @Param({"card", "ip", "ssn", "ref", "us-phone", "uk-phone", "international"})
    public String run;

    private LoadedPipeline loaded;
    private List<ScanField> fields;

    @Setup(Level.Trial)
    public void setUp() {
        loaded = new LoadedPipeline();
        fields = List.of(new ScanField("$.text", FieldLocation.BODY, "text",
                "the deploy of checkout finished and the export job " + RUNS.get(run) + " now"));
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        loaded.close();
    }

    @Benchmark
    public List<Finding> detectOneField() {
        return loaded.detectors.detect(fields);
    }
}
