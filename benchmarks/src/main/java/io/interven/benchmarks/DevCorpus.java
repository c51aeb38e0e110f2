package io.interven.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The calls of the dev corpus ({@code -Dinterven.corpus}, default {@code corpus/dev.jsonl}), in file order, each as
 * the {@code POST /v1/scan} request the server would receive for it: the compact JSON of its {@code method},
 * {@code url}, {@code headers} and {@code body}, UTF-8. The labels ({@code expect}, {@code meta}) are left out.
 * What a benchmark counts as scanned bytes is the length of these requests.
 */
final class DevCorpus {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] REQUEST_FIELDS = {"method", "url", "headers", "body"};

    /** One call: its corpus id and its scan request. */
    record Call(String id, byte[] request) {
    }

    private DevCorpus() {
    }

    static List<Call> load() {
        Path file = Path.of(System.getProperty("interven.corpus", "corpus/dev.jsonl"));
        try {
            List<Call> calls = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    calls.add(callOf(JSON.readTree(line)));
                }
            }
            if (calls.isEmpty()) {
                throw new IllegalStateException("no calls in " + file.toAbsolutePath());
            }
            return List.copyOf(calls);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the corpus " + file.toAbsolutePath()
                    + " (run from the repository root or set -Dinterven.corpus)", e);
        }
    }

    static long totalBytes(List<Call> calls) {
        long total = 0;
        for (Call call : calls) {
            total += call.request().length;
        }
        return total;
    }

    private static Call callOf(JsonNode line) {
        JsonNode source = line.path("request");
        ObjectNode request = JSON.createObjectNode();
        for (String field : REQUEST_FIELDS) {
            if (source.has(field)) {
                request.set(field, source.get(field));
            }
        }
        return new Call(line.path("id").asText(), request.toString().getBytes(StandardCharsets.UTF_8));
    }
}
