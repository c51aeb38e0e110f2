package io.interven.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.interven.gateway.core.ScanOutcome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
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
 * Whole scans (parse, decode every layer, normalize, detect, decide, sanitize) of request bodies of about 240 KiB
 * built to make the decoding work: form pairs, nested encodings, HTML references, multipart parts, hex and base64
 * runs in prose, disguised text, deep JSON and many tiny fields. Together with {@link AdversarialBodyBenchmark}
 * (the detectors alone on one field) it gives the worst cost of one request.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class AdversarialScanBenchmark {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int SIZE = 240 * 1024;
    private static final String TOKEN = "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";

    @Param({"form-pairs", "nested-encodings", "html-references", "multipart", "encoded-runs", "disguised",
        "deep-json", "tiny-fields"})
    public String body;

    private LoadedPipeline loaded;
    private byte[] request;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        loaded = new LoadedPipeline();
        ObjectNode call = JSON.createObjectNode().put("method", "POST").put("url", "https://collector.example.net/in");
        call.set("body", body(body));
        request = JSON.writeValueAsBytes(call);
        System.out.println("request bytes: " + request.length);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        loaded.close();
    }

    @Benchmark
    public ScanOutcome scan() throws IOException {
        return loaded.scanRequest(request);
    }

    static JsonNode body(String kind) {
        StringBuilder text = new StringBuilder(SIZE + 1024);
        switch (kind) {
            case "form-pairs" -> {
                while (text.length() < SIZE) {
                    text.append("a=b&");
                }
                text.append("t=").append(TOKEN);
            }
            case "nested-encodings" -> {
                while (text.length() < SIZE) {
                    String inner = "x=" + percent("{\"n\":\"" + TOKEN + "\"}") + "&y=1";
                    text.append(base64(base64(inner))).append(' ');
                }
            }
            case "html-references" -> {
                while (text.length() < SIZE) {
                    text.append("&#64;&amp;&lt;&#x41;&commat;");
                }
            }
            case "multipart" -> {
                while (text.length() < SIZE) {
                    text.append("--b\r\nContent-Disposition: form-data; name=\"f\"\r\n"
                            + "Content-Transfer-Encoding: base64\r\n\r\n").append(base64("v " + TOKEN)).append("\r\n");
                }
                text.insert(0, "--b\r\n\r\nstart\r\n").append("--b--\r\n");
            }
            case "encoded-runs" -> {
                while (text.length() < SIZE) {
                    text.append("see ").append(base64("value " + TOKEN)).append(" and ")
                            .append(HexFormat.of().formatHex(TOKEN.getBytes(StandardCharsets.UTF_8))).append(". ");
                }
            }
            case "disguised" -> {
                while (text.length() < SIZE) {
                    text.append("t\u200Bo\u00ADk\u0435n \uFF47\uFF48\uFF50_ ");
                }
            }
            case "deep-json" -> {
                ArrayNode root = JSON.createArrayNode();
                for (int i = 0; text.length() < SIZE; i++) {
                    String deep = "[".repeat(60) + "\"" + TOKEN + "\"" + "]".repeat(60);
                    root.add(deep);
                    text.append(deep);
                }
                return root;
            }
            case "tiny-fields" -> {
                ArrayNode root = JSON.createArrayNode();
                for (int i = 0; i < SIZE / 8; i++) {
                    root.add("v" + i);
                }
                return root;
            }
            default -> throw new IllegalArgumentException(kind);
        }
        return JSON.getNodeFactory().textNode(text.toString());
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String percent(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
