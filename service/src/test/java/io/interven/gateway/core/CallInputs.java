package io.interven.gateway.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.interven.gateway.core.fields.CallSlots;
import io.interven.spi.AgentRef;
import io.interven.spi.Finding;
import io.interven.spi.ScanField;
import java.util.Map;
import java.util.UUID;

/** Calls to hand the pipeline and the sanitizer in unit tests, and findings placed on their real fields. */
public final class CallInputs {
    static final ObjectMapper JSON = new ObjectMapper();
    static final AgentRef AGENT = new AgentRef(UUID.randomUUID().toString(), "bot", "langchain");

    private CallInputs() {
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    public static CallInput call(String method, String url, Map<String, String> headers, String bodyJson) {
        JsonNode body = bodyJson == null ? null : json(bodyJson);
        return new CallInput(UUID.randomUUID(), "production", "salt", method, url, headers, body,
                bodyJson == null ? 0 : bodyJson.length(), AGENT);
    }

    /** A JSON note whose {@code text} is {@code text}, posted to a host no rule or policy singles out. */
    public static CallInput noteWithText(String text) {
        JsonNode body = JSON.createObjectNode().put("text", text);
        return new CallInput(UUID.randomUUID(), "production", "salt", "POST",
                "https://notes.example-corp.com/v1/notes", Map.of("Content-Type", "application/json"), body,
                body.toString().length(), AGENT);
    }

    /** The field of {@code call} at {@code path}, as the extractor cuts it. */
    static ScanField field(CallInput call, String path) {
        return CallSlots.of(call.url(), call.headers(), call.body()).fields().stream().filter(f -> f.path().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError("no field " + path + " in " + CallSlots.of(call.url(), call.headers(), call.body()).fields()));
    }

    /** A finding of {@code value} in the field at {@code path}. */
    static Finding findingOf(CallInput call, String path, String value, String entityType, String dataClass) {
        ScanField field = field(call, path);
        int start = field.text().indexOf(value);
        if (start < 0) {
            throw new AssertionError(value + " is not in " + path);
        }
        return field.finding(entityType, dataClass, start, start + value.length(), 1.0, "test-rule");
    }
}
