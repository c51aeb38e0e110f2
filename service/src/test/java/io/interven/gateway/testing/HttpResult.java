package io.interven.gateway.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpHeaders;

/** An HTTP answer: status, body as JSON (MissingNode when empty or not JSON), raw text and headers. */
public record HttpResult(int status, JsonNode json, String text, HttpHeaders headers) {
    public String field(String name) {
        JsonNode node = json.get(name);
        return node == null || node.isNull() ? null : node.asText();
    }
}
