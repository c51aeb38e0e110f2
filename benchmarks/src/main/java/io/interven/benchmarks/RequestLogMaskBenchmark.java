package io.interven.benchmarks;

import io.interven.gateway.logging.RequestLineMask;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
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
 * What masking one request log line costs ({@link RequestLineMask#mask}): the gateway writes one for every request, on
 * the log appender's thread. {@code plain}: a scan's line, nothing to mask; {@code secrets}: a proxied call with a
 * token in its query, its path and its {@code User-Agent}, and a {@code Referer} with a query.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class RequestLogMaskBenchmark {
    private static final String TOKEN = "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";

    @Param({"plain", "secrets"})
    public String line;

    private String text;

    @Setup
    public void setUp() {
        text = switch (line) {
            case "plain" -> "127.0.0.1 - - [07/Dec/2026:13:07:17 +0000] \"POST /v1/scan HTTP/1.1\" 200 360 \"-\" "
                    + "\"python-httpx/0.27.0\" 12\n";
            case "secrets" -> "10.0.0.2 - - [07/Dec/2026:13:07:17 +0000] \"GET /inbound/github/repos/" + TOKEN
                    + "/issues?token=" + TOKEN + " HTTP/1.1\" 200 1024 \"https://app.example.com/cb?code=x1\" "
                    + "\"agent/1.0 " + TOKEN + "\" 31\n";
            default -> throw new IllegalArgumentException(line);
        };
    }

    @Benchmark
    public String mask() {
        return RequestLineMask.mask(text);
    }
}
