package io.interven.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Random;

/**
 * Deterministic request bodies shaped like agent traffic: chat messages, tickets and records, as JSON of about a
 * target size. Benign bodies hold ids, hashes, timestamps and prose (the hard negatives); dense bodies put a
 * secret or a PII value in every record.
 */
final class Payloads {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] WORDS = ("the deploy of checkout finished and the export job now streams rows "
            + "instead of loading everything in memory we should add an alert for this condition so it does not "
            + "surprise us again the fix is behind a flag so we can roll it out gradually").split(" ");
    private static final String[] SECRETS = {
        "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",
        "AKIAQ3EGUMVW5XKJ7PLR",
        "sk_live_4eC39HqLyjWDarjtT1zdp7dcTYooMQmN",
        "xoxb-17255140471-27334036007-cTxJt0tnTfQzFJPo8F6WP7JG",
        "postgres://app:Zt7uQ1pLx9VbN3kR@db.internal:5432/app",
        "jane.doe@example.com",
        "4111 1111 1111 1111",
    };

    private Payloads() {
    }

    /**
     * A body of about {@code bytes} bytes of the given kind: {@code benign} is shaped like agent traffic (messages
     * and tickets of a few hundred characters of prose beside ids and timestamps, about 250 bytes a field, as in
     * the labelled corpus); {@code dense} is the same with a secret or PII value in every message; {@code records}
     * is the worst case for per-field cost (tiny fields: ids, hashes, epoch milliseconds, UUIDs).
     */
    static ObjectNode body(int bytes, String kind, long seed) {
        Random random = new Random(seed);
        ObjectNode body = JSON.createObjectNode();
        body.put("channel", "C0EHP5EDPB5");
        ArrayNode records = body.putArray("records");
        int i = 0;
        while (body.toString().length() < bytes) {
            ObjectNode record = records.addObject();
            record.put("id", "req_" + Long.toHexString(random.nextLong()));
            if (kind.equals("records")) {
                record.put("sha", Long.toHexString(random.nextLong()) + Long.toHexString(random.nextLong()));
                record.put("at", 1_700_000_000_000L + random.nextInt(1_000_000_000));
                record.put("uuid", new java.util.UUID(random.nextLong(), random.nextLong()).toString());
                record.put("text", prose(random, 12));
            } else {
                record.put("title", prose(random, 6));
                String text = prose(random, 40 + random.nextInt(50));
                record.put("text", kind.equals("dense") ? text + " " + SECRETS[i % SECRETS.length] : text);
            }
            i++;
        }
        return body;
    }

    private static String prose(Random random, int words) {
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < words; w++) {
            text.append(WORDS[random.nextInt(WORDS.length)]).append(w % 11 == 10 ? ". " : " ");
        }
        return text.toString().trim();
    }

    /** A whole {@code /v1/scan} request around a body, as bytes. */
    static byte[] scanRequest(ObjectNode body) {
        ObjectNode request = JSON.createObjectNode();
        request.put("method", "POST");
        request.put("url", "https://hooks.slack.com/services/T000/B000/xyz");
        request.put("context", "Summarise today's support tickets and post the summary to the team channel.");
        request.putObject("headers").put("Content-Type", "application/json");
        request.set("body", body);
        return request.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
