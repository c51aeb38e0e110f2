package io.interven.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.interven.gateway.core.ScanOutcome;
import io.interven.gateway.evaluation.CorpusCase;
import io.interven.gateway.evaluation.CorpusReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * What the whole pipeline answers for each call of a corpus ({@code corpus/} formats), one line a call: its id, the
 * decision, reason codes, classes, every finding (type, rule, field, span, confidence), the signals, the risk, and
 * a hash of the sanitized call. Values are never printed. Two builds answer alike when their outputs are equal:
 *
 * <pre>java -Dinterven.plugins.dir=plugins -cp benchmarks/target/benchmarks.jar io.interven.benchmarks.CorpusOutcomes corpus/dev.jsonl &gt; outcomes.txt</pre>
 */
public final class CorpusOutcomes {
    private static final ObjectMapper JSON = new ObjectMapper();

    private CorpusOutcomes() {
    }

    public static void main(String[] args) throws Exception {
        try (LoadedPipeline loaded = new LoadedPipeline()) {
            for (String corpus : args) {
                for (CorpusCase c : new CorpusReader().read(Path.of(corpus))) {
                    ScanOutcome outcome = loaded.scanRequest(JSON.writeValueAsBytes(c.request()));
                    System.out.println(line(c.id(), outcome));
                }
            }
        }
    }

    private static String line(String id, ScanOutcome outcome) throws Exception {
        StringBuilder line = new StringBuilder(id).append(' ').append(outcome.decision())
                .append(' ').append(outcome.reasonCodes()).append(' ').append(outcome.classifications());
        outcome.findings().forEach(f -> line.append(" | ").append(f.entityType()).append(' ').append(f.ruleId())
                .append(' ').append(f.location()).append(' ').append(f.path()).append(' ').append(f.start())
                .append('-').append(f.end()).append(' ').append(f.confidence()));
        outcome.signals().forEach(s -> line.append(" | signal ").append(s.reasonCode()).append(' ').append(s.weight()));
        line.append(" | risk ").append(outcome.risk().score()).append(' ').append(outcome.risk().band());
        line.append(" | sanitized ").append(outcome.sanitized() == null ? "-" : hash(outcome.sanitized().toString()));
        return line.toString();
    }

    private static String hash(String text) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest, 0, 8);
    }
}
