package io.interven.gateway.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.interven.gateway.core.fields.CallSlots;
import io.interven.gateway.core.fields.SlotRedactor;
import io.interven.gateway.core.fields.TextSlot;
import io.interven.spi.Finding;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Redacts data findings wherever they are (URL, query, headers, body, inside decoded layers), keeping the body's
 * JSON structure and each layer's encoding; the original call is left untouched.
 */
public class Sanitizer {

    public SanitizedCall sanitize(CallInput call, List<Finding> dataFindings) {
        return sanitize(call, CallSlots.of(call), dataFindings);
    }

    /** Sanitizes with the slots the pipeline already decoded for detection, so nothing is decoded twice. */
    public SanitizedCall sanitize(CallInput call, CallSlots slots, List<Finding> dataFindings) {
        SlotRedactor redactor = new SlotRedactor(dataFindings);

        Optional<String> base = redactor.redact(slots.url());
        Optional<String> query = slots.query().flatMap(redactor::redact);
        String url = null;
        if (base.isPresent() || query.isPresent()) {
            url = base.orElse(slots.url().text())
                    + slots.query().map(q -> "?" + query.orElse(q.text())).orElse("");
        }

        Map<String, String> headers = null;
        for (Map.Entry<String, TextSlot> header : slots.headers().entrySet()) {
            Optional<String> redacted = redactor.redact(header.getValue());
            if (redacted.isPresent()) {
                if (headers == null) {
                    headers = new LinkedHashMap<>(call.headers());
                }
                headers.put(header.getKey(), redacted.get());
            }
        }

        JsonNode body = call.body();
        if (body != null && (body.isObject() || body.isArray())) {
            body = JsonTextWalker.walk(body.deepCopy(), new JsonTextWalker.Visitor() {
                @Override
                public Optional<String> visit(String path, String key, String text) {
                    return slots.bodySlot(path).flatMap(redactor::redact);
                }

                @Override
                public Optional<String> visitKey(String keyPath, String key) {
                    return slots.bodySlot(keyPath).flatMap(redactor::redact);
                }
            });
        } else if (body != null && body.isTextual()) {
            JsonNode original = body;
            body = slots.bodySlot(JsonPaths.ROOT).flatMap(redactor::redact).<JsonNode>map(TextNode::valueOf)
                    .orElse(original);
        }
        return new SanitizedCall(body, url, headers, redactor.redactions());
    }
}
