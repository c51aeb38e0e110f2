package io.interven.gateway.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads labelled corpora: JSON lines of {@code {id, request, expect: {classes, entities, tool, operation}}}
 * (corpus/README.md), or the Presidio synthetic sentence set (a JSON array of {@code full_text, spans}),
 * whose sentences become notes posted to an unknown host and whose pattern-recognizable spans become entities.
 */
public final class CorpusReader {
    /** Presidio entity types that pattern recognizers are expected to find, with our names. */
    static final Map<String, String> PRESIDIO_TYPES = Map.of("EMAIL_ADDRESS", "EMAIL_ADDRESS",
            "PHONE_NUMBER", "PHONE_NUMBER", "CREDIT_CARD", "CREDIT_CARD", "IBAN_CODE", "IBAN", "US_SSN", "US_SSN",
            "IP_ADDRESS", "IP_ADDRESS");
    /**
     * Presidio entity types that need named-entity recognition in general, with the types of ours that find some
     * of them after a strong cue ({@code Dear Jane Doe,}, {@code born on 2/8/1935}): not required, and not a false
     * positive in a sentence that labels them.
     */
    static final Map<String, String> PRESIDIO_TOLERATED_TYPES = Map.of("PERSON", "PERSON",
            "DATE_TIME", "DATE_OF_BIRTH");

    private final ObjectMapper json = new ObjectMapper();

    public List<CorpusCase> read(Path file) throws IOException {
        String text = Files.readString(file);
        return text.stripLeading().startsWith("[") ? presidio(json.readTree(text)) : jsonLines(text);
    }

    private List<CorpusCase> jsonLines(String text) throws IOException {
        List<CorpusCase> cases = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode node = json.readTree(line);
            JsonNode expect = node.path("expect");
            Set<String> classes = new HashSet<>();
            expect.path("classes").forEach(c -> classes.add(c.asText()));
            List<CorpusCase.ExpectedEntity> entities = new ArrayList<>();
            expect.path("entities").forEach(e -> entities.add(new CorpusCase.ExpectedEntity(e.path("type").asText(),
                    e.path("class").asText(), e.path("value").asText())));
            cases.add(new CorpusCase(node.path("id").asText(), node.get("request"), classes, entities,
                    expect.path("tool").asText(""), expect.path("operation").asText("")));
        }
        return cases;
    }

    private List<CorpusCase> presidio(JsonNode array) {
        List<CorpusCase> cases = new ArrayList<>();
        int index = 0;
        for (JsonNode sentence : array) {
            List<CorpusCase.ExpectedEntity> entities = new ArrayList<>();
            Set<String> tolerated = new HashSet<>();
            for (JsonNode span : sentence.path("spans")) {
                String type = PRESIDIO_TYPES.get(span.path("entity_type").asText());
                if (type != null) {
                    entities.add(new CorpusCase.ExpectedEntity(type, "PII", span.path("entity_value").asText()));
                }
                String toleratedType = PRESIDIO_TOLERATED_TYPES.get(span.path("entity_type").asText());
                if (toleratedType != null) {
                    tolerated.add(toleratedType);
                }
            }
            ObjectNode request = json.createObjectNode();
            request.put("method", "POST");
            request.put("url", "https://api.example-corp.com/v1/notes");
            request.putObject("headers").put("Content-Type", "application/json");
            request.putObject("body").put("note", sentence.path("full_text").asText());
            Set<String> classes = entities.isEmpty() ? Set.of() : Set.of("PII");
            cases.add(new CorpusCase("presidio-" + index++, request, classes, entities, "custom", "", tolerated));
        }
        return cases;
    }
}
