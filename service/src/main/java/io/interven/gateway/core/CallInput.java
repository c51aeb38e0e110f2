package io.interven.gateway.core;

import com.fasterxml.jackson.databind.JsonNode;
import io.interven.spi.AgentRef;
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
 */
public record CallInput(UUID tenantId, String envName, String hmacSalt, String method, String url,
                        Map<String, String> headers, JsonNode body, int bodyBytes, AgentRef agent, String context) {
    public CallInput {
        headers = headers == null ? Map.of() : Map.copyOf(headers);
        context = context == null ? "" : context;
    }

    /** A call sent without {@code context}. */
    public CallInput(UUID tenantId, String envName, String hmacSalt, String method, String url,
                     Map<String, String> headers, JsonNode body, int bodyBytes, AgentRef agent) {
        this(tenantId, envName, hmacSalt, method, url, headers, body, bodyBytes, agent, "");
    }

    /** The same call, with the agent's stated reason for it. */
    public CallInput withContext(String text) {
        return new CallInput(tenantId, envName, hmacSalt, method, url, headers, body, bodyBytes, agent, text);
    }
}
