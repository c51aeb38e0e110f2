package io.interven.gateway.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.interven.gateway.core.fields.CallSlots;
import io.interven.gateway.core.fields.JsonPaths;
import io.interven.gateway.core.fields.JsonTextWalker;
import io.interven.gateway.core.fields.SlotRedactor;
import io.interven.gateway.core.fields.SpanRedactor;
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
        return sanitize(call, CallSlots.of(call.url(), call.headers(), call.body()), dataFindings);
    }

    /** Sanitizes with the slots the pipeline already decoded for detection, so nothing is decoded twice. */
    public SanitizedCall sanitize(CallInput call, CallSlots slots, List<Finding> dataFindings) {
        SlotRedactor redactor = new SlotRedactor(dataFindings);

        Optional<String> base = redactor.redact(slots.url());
        Optional<String> query = slots.query().flatMap(redactor::redact);
        Optional<String> fragment = slots.fragment().flatMap(redactor::redact);
        String url = null;
        if (base.isPresent() || query.isPresent() || fragment.isPresent()) {
            url = base.map(SpanRedactor::withUrlSafeMarkers).orElse(slots.url().text())
                    + slots.query().map(q -> "?" + query.orElse(q.text())).orElse("")
                    + slots.fragment().map(f -> "#" + fragment.orElse(f.text())).orElse("");
        }

        Map<String, String> headers = headers(call, slots, redactor);

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

    /**
     * The headers with redacted values, and with a name that holds a finding renamed to its redaction (made unique
     * with {@code ~2}, ... like renamed JSON keys); null when no header changed.
     */
    private static Map<String, String> headers(CallInput call, CallSlots slots, SlotRedactor redactor) {
        Map<String, String> headers = new LinkedHashMap<>();
        boolean changed = false;
        for (Map.Entry<String, String> header : call.headers().entrySet()) {
            String name = header.getKey();
            Optional<String> value = Optional.ofNullable(slots.headers().get(name)).flatMap(redactor::redact);
            Optional<String> newName = Optional.ofNullable(slots.headerNames().get(name)).flatMap(redactor::redact);
            changed |= value.isPresent() || newName.isPresent();
            String unique = newName.orElse(name);
            for (int n = 2; newName.isPresent() && headers.containsKey(unique); n++) {
                unique = newName.get() + "~" + n;
            }
            headers.put(unique, value.orElse(header.getValue()));
        }
        return changed ? headers : null;
    }
}
