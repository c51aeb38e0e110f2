package io.interven.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.interven.gateway.core.fields.CallSlots;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The field extraction of the load script's Slack call alone ({@code CallSlots.of}: URL, headers and body read into
 * fields, every encoding layer tried), with no header, with its {@code Content-Type: application/json}, and with a
 * header of two plain words. Each reader added to the decoder is tried on every header value: this shows what one
 * costs on the smallest call, where a whole scan takes about 20 µs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(1)
@Threads(1)
public class FieldExtractionBenchmark {
    private static final String URL = "https://hooks.slack.com/services/T0/B0/x";

    @Param({"none", "json", "words"})
    public String header;

    private Map<String, String> headers;
    private JsonNode body;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        headers = switch (header) {
            case "none" -> Map.of();
            case "json" -> Map.of("Content-Type", "application/json");
            case "words" -> Map.of("X-A", "hello world");
            default -> throw new IllegalArgumentException("header: none, json or words");
        };
        body = new ObjectMapper().readTree("{\"text\":\"hello\"}");
    }

    @Benchmark
    public CallSlots extract() {
        return CallSlots.of(URL, headers, body);
    }
}
