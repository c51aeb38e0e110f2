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
    /**
     * Presidio entity types that pattern recognizers are expected to find, with our names: the contact and payment
     * types, and the identifiers of Presidio's predefined recognizers that the PII plugin recognizes under the same
     * name (detectors/pii/README.md).
     */
    static final Map<String, String> PRESIDIO_TYPES = presidioTypes();

    private static Map<String, String> presidioTypes() {
        Map<String, String> types = new java.util.HashMap<>(Map.of("EMAIL_ADDRESS", "EMAIL_ADDRESS",
                "PHONE_NUMBER", "PHONE_NUMBER", "CREDIT_CARD", "CREDIT_CARD", "IBAN_CODE", "IBAN",
                "IP_ADDRESS", "IP_ADDRESS", "CRYPTO", "CRYPTO_WALLET"));
        for (String same : List.of("US_SSN", "US_ITIN", "US_DRIVER_LICENSE", "US_BANK_NUMBER", "US_PASSPORT",
                "UK_NHS", "UK_NINO", "ES_NIF", "ES_NIE", "IT_FISCAL_CODE", "IT_DRIVER_LICENSE", "IT_VAT_CODE",
                "IT_PASSPORT", "IT_IDENTITY_CARD", "PL_PESEL", "SG_NRIC_FIN", "SG_UEN", "AU_ABN", "AU_ACN", "AU_TFN",
                "AU_MEDICARE", "IN_PAN", "IN_AADHAAR", "IN_VEHICLE_REGISTRATION", "IN_VOTER", "IN_PASSPORT",
                "IN_GSTIN", "FI_PERSONAL_IDENTITY_CODE", "KR_RRN", "KR_BRN", "KR_PASSPORT", "KR_DRIVER_LICENSE",
                "TH_TNIN", "MEDICAL_LICENSE")) {
            types.put(same, same);
        }
        return Map.copyOf(types);
    }
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
