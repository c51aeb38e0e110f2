package io.interven.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.interven.gateway.core.BodyFingerprint;
import io.interven.gateway.core.JsonUtf8;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * What every scan costs before any detector: the body measured against MAX_BODY_BYTES ({@link JsonUtf8#length}) and
 * fingerprinted for the trace ({@link BodyFingerprint}), over the bodies of the dev corpus's 600 calls (3.1 MB of
 * compact JSON). One operation is one pass over them.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(1)
@Threads(1)
public class BodyBytesBenchmark {
    private static final String SALT = "tenant-salt-for-the-benchmark";

    private List<JsonNode> bodies;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        bodies = new ArrayList<>();
        for (DevCorpus.Call call : DevCorpus.load()) {
            JsonNode body = mapper.readTree(call.request()).path("body");
            if (!body.isMissingNode() && !body.isNull()) {
                bodies.add(body);
            }
        }
    }

    @Benchmark
    public long measure() {
        long bytes = 0;
        for (JsonNode body : bodies) {
            bytes += JsonUtf8.length(body);
        }
        return bytes;
    }

    @Benchmark
    public void fingerprint(Blackhole sink) {
        for (JsonNode body : bodies) {
            sink.consume(BodyFingerprint.of(SALT, body));
        }
    }
}
