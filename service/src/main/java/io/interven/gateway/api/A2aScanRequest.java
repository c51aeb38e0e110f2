package io.interven.gateway.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.UUID;

/**
 * A validated {@code POST /v1/a2a/scan} request: a message from one agent of the tenant to another.
 *
 * @param method  what the message asks ({@code delegate}, {@code ask}, {@code handoff}, ...), as written
 * @param intent  the message's words; null when absent
 * @param payload the message's data (any JSON value); null when absent
 * @param chainId the delegation chain it belongs to, as the caller names it; null when none
 */
public record A2aScanRequest(UUID fromAgentId, UUID toAgentId, String method, String intent, JsonNode payload,
                             String chainId) {
    /** The method as policies match it and answers name it: in lower case. */
    public String operation() {
        return method.toLowerCase(Locale.ROOT);
    }
}
