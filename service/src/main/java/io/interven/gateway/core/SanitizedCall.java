package io.interven.gateway.core;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * The call with every data finding redacted. {@code url} and {@code headers} are null when nothing in them was
 * redacted. {@code redactions} counts separate redacted spans.
 */
public record SanitizedCall(JsonNode body, String url, Map<String, String> headers, int redactions) {
}
