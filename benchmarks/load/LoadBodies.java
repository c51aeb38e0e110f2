import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the request bodies benchmarks/load/scan-load.sh sends to {@code POST /v1/scan}, into OUT_DIR:
 * <ul>
 *   <li>{@code corpus.lines}: every call of the dev corpus, in order, as a scan request (its method, url, headers
 *       and body; the labels dropped), one JSON document a line;</li>
 *   <li>{@code body-KB.json} for each size given: a benign Slack message whose text (prose, a log excerpt and a
 *       table, as agents post) makes the whole request KB kilobytes.</li>
 * </ul>
 * Run as a single-file program with the gateway's jar on the class path (for Jackson), nothing to build:
 *
 * <pre>java -cp service/target/interven.jar benchmarks/load/LoadBodies.java corpus/dev.jsonl OUT_DIR 1 16 64 256</pre>
 */
public final class LoadBodies {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] LINES = {
        "The nightly export finished after the retry; the report is attached for the on-call review.",
        "2025-06-20T16:53:16.376Z WARN  [billing-worker] slow query on table ledger_entries took 2113ms",
        "| service | p50 ms | p99 ms | errors |",
        "| payments-api | 41 | 212 | 0.02% |",
        "We should add an alert for this condition so that it does not surprise us again next quarter.",
        "2025-06-20T16:54:02.101Z INFO  [etl-nightly] processed batch=119 items=231 duration_ms=2745",
    };

    private LoadBodies() {
    }

    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        writeCorpus(corpus, out.resolve("corpus.lines"));
        for (int i = 2; i < args.length; i++) {
            int kb = Integer.parseInt(args[i]);
            Files.writeString(out.resolve("body-" + kb + ".json"), slackMessageOf(kb * 1024));
        }
    }

    private static void writeCorpus(Path corpus, Path target) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(corpus, StandardCharsets.UTF_8);
             Writer lines = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode request = JSON.readTree(line).get("request");
                ObjectNode scan = JSON.createObjectNode();
                for (String field : new String[] {"method", "url", "headers", "body"}) {
                    if (request.has(field)) {
                        scan.set(field, request.get(field));
                    }
                }
                lines.write(JSON.writeValueAsString(scan));
                lines.write('\n');
            }
        }
    }

    /** A Slack call of exactly {@code bytes} bytes (ASCII), its text made of benign lines. */
    static String slackMessageOf(int bytes) throws IOException {
        ObjectNode scan = JSON.createObjectNode();
        scan.put("method", "POST");
        scan.put("url", "https://slack.com/api/chat.postMessage");
        scan.putObject("headers").put("Content-Type", "application/json");
        ObjectNode body = scan.putObject("body");
        body.put("channel", "C024BE91L");
        body.put("text", "");
        int overhead = JSON.writeValueAsString(scan).length();
        StringBuilder text = new StringBuilder();
        for (int i = 0; overhead + text.length() + 2 < bytes; i++) {
            text.append(LINES[i % LINES.length]).append("\\n");
        }
        String escaped = text.toString();
        // cut to size on a whole character, never inside an escape
        int room = Math.max(0, bytes - overhead);
        String cut = escaped.substring(0, Math.min(room, escaped.length()));
        if (cut.endsWith("\\")) {
            cut = cut.substring(0, cut.length() - 1) + " ";
        }
        String json = JSON.writeValueAsString(scan);
        return json.replace("\"text\":\"\"", "\"text\":\"" + cut + "\"");
    }
}
