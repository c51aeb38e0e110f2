package io.interven.gateway.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.UUID;

/** A validated {@code POST /v1/scan} request. {@code body} is null when absent. */
public record ScanRequest(String method, String url, Map<String, String> headers, JsonNode body, int bodyBytes,
                          UUID agentId, String agentName, String runtimeType, String context) {
}
