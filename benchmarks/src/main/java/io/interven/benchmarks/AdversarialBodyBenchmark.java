package io.interven.benchmarks;

import io.interven.spi.FieldLocation;
import io.interven.spi.Finding;
import io.interven.spi.ScanField;
import java.util.List;
import java.util.Random;
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
 * The detector set over one ~256 KiB field of values that each make a detector work: dense SSN-, card-, phone- and
 * e-mail-like text (real values and near misses, in every separator arrangement), long base64, and keyword-dense text
 * for each secret family (prefixes followed by almost-tokens). The worst case per body is the per-field budget that
 * docs/benchmarks.md states.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class AdversarialBodyBenchmark {
    private static final int SIZE = 256 * 1024;

    @Param({"ssn", "card", "phone", "email", "base64", "private-key", "source-control", "cloud", "messaging",
            "payments", "ai", "assignments"})
    public String body;

    private LoadedPipeline loaded;
    private List<ScanField> field;

    @Setup(Level.Trial)
    public void setUp() {
        loaded = new LoadedPipeline();
        field = List.of(new ScanField("$.text", FieldLocation.BODY, "text", body(body, new Random(42))));
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        loaded.close();
    }

    @Benchmark
    public List<Finding> detect() {
        return loaded.detectors.detect(field);
    }

    static String body(String kind, Random random) {
        StringBuilder text = new StringBuilder(SIZE + 256);
        String[] separators = {" ", "-", ",", "\n", "; ", " | ", "\t", "  "};
        while (text.length() < SIZE) {
            String separator = separators[random.nextInt(separators.length)];
            switch (kind) {
                case "ssn" -> text.append(digits(random, 3)).append(random.nextBoolean() ? '-' : ' ')
                        .append(digits(random, 2)).append(random.nextBoolean() ? '-' : ' ').append(digits(random, 4))
                        .append(random.nextInt(4) == 0 ? " ssn " : separator);
                case "card" -> text.append(random.nextBoolean() ? "4111 1111 1111 " : "5500-0000-0000-")
                        .append(digits(random, 4)).append(separator).append(digits(random, 16)).append(separator);
                case "phone" -> text.append(random.nextBoolean() ? "+1 415 555 " : "call (020) 7946 ")
                        .append(digits(random, 4)).append(random.nextBoolean() ? " x12" : "").append(separator);
                case "email" -> text.append("user.").append(digits(random, 3)).append('@').append("mail")
                        .append(random.nextInt(9)).append(".example.org").append(random.nextBoolean() ? "@" : "")
                        .append(separator);
                case "base64", "private-key" -> {
                    if (kind.equals("private-key")) {
                        text.append(random.nextBoolean() ? "-----BEGIN RSA PRIVATE KEY-----\n" : "MIIEvQIBADAN");
                    }
                    for (int i = 0; i < 64; i++) {
                        text.append(BASE64.charAt(random.nextInt(64)));
                    }
                    text.append(random.nextBoolean() ? "\n" : " ");
                }
                case "source-control" -> token(text, random, "ghp_", "github_pat_", "glpat-", "gho_", "xghs_");
                case "cloud" -> token(text, random, "AKIA", "ASIA", "AIza", "ya29.", "LTAI", "dop_v1_");
                case "messaging" -> token(text, random, "xoxb-", "xoxp-", "SG.", "xapp-1-", "hooks.slack.com/");
                case "payments" -> token(text, random, "sk_live_", "rk_live_", "whsec_", "shpat_", "EAAA");
                case "ai" -> token(text, random, "sk-proj-", "sk-", "sk-ant-api03-", "hf_", "gsk_", "IGQV");
                case "assignments" -> text.append(random.nextBoolean() ? "password=" : "api_key: \"")
                        .append(alnum(random, 4 + random.nextInt(20))).append(random.nextBoolean() ? "\" " : "&");
                default -> throw new IllegalArgumentException(kind);
            }
        }
        return text.substring(0, SIZE);
    }

    private static final String BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    /** A provider prefix followed by an almost-token: right alphabet, random length, sometimes glued to a word. */
    private static void token(StringBuilder text, Random random, String... prefixes) {
        if (random.nextBoolean()) {
            text.append("token");
        }
        text.append(prefixes[random.nextInt(prefixes.length)]).append(alnum(random, 8 + random.nextInt(60)))
                .append(random.nextBoolean() ? " " : "_");
    }

    private static String digits(Random random, int count) {
        StringBuilder out = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            out.append((char) ('0' + random.nextInt(10)));
        }
        return out.toString();
    }

    private static String alnum(Random random, int count) {
        StringBuilder out = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            out.append(BASE64.charAt(random.nextInt(62)));
        }
        return out.toString();
    }
}
