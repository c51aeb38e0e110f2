package io.interven.gateway.core;

import com.fasterxml.jackson.databind.JsonNode;
import io.interven.spi.AgentRef;
import io.interven.spi.ToolMatch;
import java.util.Map;
import java.util.UUID;

/**
 * A validated call to scan, as every endpoint hands it to the pipeline.
 *
 * @param tenantId  from the API key, never from the request
 * @param envName   from the API key
 * @param hmacSalt  the tenant's salt for fingerprints
 * @param method    upper-case HTTP verb
 * @param url       absolute http(s) URL
 * @param headers   outbound request headers
 * @param body      the body as JSON (object, array, string) or null
 * @param bodyBytes size of the body as the agent would send it
 * @param agent     the agent making the call
 * @param context   the agent's own words on why it makes the call (the request's {@code context}); read by
 *                  signals (prompt injection), never stored; empty when none
 * @param knownTool the tool and operation of a call the gateway builds itself (an agent-to-agent message is tool
 *                  {@code a2a}), taken as they are instead of asking the recognizers; null for an outbound call
 */
public record CallInput(UUID tenantId, String envName, String hmacSalt, String method, String url,
                        Map<String, String> headers, JsonNode body, int bodyBytes, AgentRef agent, String context,
                        ToolMatch knownTool) {
    public CallInput {
        headers = headers == null ? Map.of() : inOrder(headers);
        context = context == null ? "" : context;
    }

    /** An outbound call, its tool left to the recognizers. */
    public CallInput(UUID tenantId, String envName, String hmacSalt, String method, String url,
                     Map<String, String> headers, JsonNode body, int bodyBytes, AgentRef agent, String context) {
        this(tenantId, envName, hmacSalt, method, url, headers, body, bodyBytes, agent, context, null);
    }

    /** A call sent without {@code context}. */
    public CallInput(UUID tenantId, String envName, String hmacSalt, String method, String url,
                     Map<String, String> headers, JsonNode body, int bodyBytes, AgentRef agent) {
        this(tenantId, envName, hmacSalt, method, url, headers, body, bodyBytes, agent, "");
    }

    /** The same call, with the agent's stated reason for it. */
    public CallInput withContext(String text) {
        return new CallInput(tenantId, envName, hmacSalt, method, url, headers, body, bodyBytes, agent, text,
                knownTool);
    }

    /** The same call, recognized as {@code tool} by the gateway itself. */
    public CallInput withKnownTool(ToolMatch tool) {
        return new CallInput(tenantId, envName, hmacSalt, method, url, headers, body, bodyBytes, agent, context, tool);
    }

    /**
     * An unmodifiable copy that keeps the headers' order: the fields, and so the findings, of a call come in the
     * order its headers were sent, the same from one run of the gateway to the next ({@code Map.copyOf} iterates in
     * an order that changes with every JVM).
     */
    private static Map<String, String> inOrder(Map<String, String> headers) {
        Map<String, String> copy = new java.util.LinkedHashMap<>();
        headers.forEach((name, value) -> copy.put(java.util.Objects.requireNonNull(name, "header name"),
                java.util.Objects.requireNonNull(value, "header value")));
        return java.util.Collections.unmodifiableMap(copy);
    }
}
