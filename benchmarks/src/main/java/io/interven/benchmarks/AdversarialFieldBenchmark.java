package io.interven.benchmarks;

import io.interven.spi.FieldLocation;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Worst cases: a 256 KiB field made of one fragment repeated, each fragment chosen to make a rule's regular
 * expression backtrack (an unterminated PEM block, endless assignments, JWT-looking prefixes, ...). The whole
 * detector set must stay roughly linear; a quadratic rule shows up here as seconds per operation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class AdversarialFieldBenchmark {
    private static final int SIZE = 256 * 1024;

    @Param({"-----BEGIN PRIVATE KEY----- ", "eyJhbGciOi.", "password=abc; ", "https://user:", "aws_secret = ",
            "api_key=https://h/?api_key=", "x@", "0123456789 "})
    public String fragment;

    private LoadedPipeline loaded;
    private List<ScanField> field;

    @Setup(Level.Trial)
    public void setUp() {
        loaded = new LoadedPipeline();
        field = List.of(new ScanField("$.text", FieldLocation.BODY, "text",
                fragment.repeat(SIZE / fragment.length())));
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        loaded.close();
    }

    @Benchmark
    public List<Finding> detect() {
        return loaded.detectors.detect(field);
    }
}
