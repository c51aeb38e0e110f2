package io.interven.gateway.resources;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.interven.gateway.api.A2aScanRequest;
import io.interven.gateway.core.CallInput;
import io.interven.gateway.tenancy.AgentRow;
import io.interven.gateway.tenancy.TenantRow;
import io.interven.spi.AgentRef;
import io.interven.spi.ToolMatch;
import io.interven.spi.Verb;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * An agent-to-agent message as the call the pipeline scans: {@code POST https://a2a.interven.invalid/agents/<to>/<method>}
 * (a reserved name that never resolves, so it reads as no real destination) with the body
 * {@code {"intent": ..., "payload": ...}} (each only when given), made by the sending agent and recognized by the
 * gateway itself as tool {@code a2a}, operation the message's {@code method}, verb WRITE. Policies match it with
 * {@code "match": {"tool": "a2a", "operation": "delegate"}}, the recipient with {@code "path": "/agents/<id>/**"}.
 * Detectors see {@code $.intent} and {@code $.payload...}, and a sanitized message comes back as
 * {@code sanitized_body} in the same shape. The tool names no principal: both agents are the tenant's own.
 */
final class A2aMessageCall {
    static final String TOOL = "a2a";
    static final String HOST = "a2a.interven.invalid";

    private A2aMessageCall() {
    }

    static CallInput of(TenantRow tenant, String envName, AgentRow from, AgentRow to, A2aScanRequest request) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        if (request.intent() != null) {
            body.put("intent", request.intent());
        }
        if (request.payload() != null) {
            body.set("payload", request.payload());
        }
        String url = "https://" + HOST + "/agents/" + to.id() + "/" + request.operation();
        int bodyBytes = body.toString().getBytes(StandardCharsets.UTF_8).length;
        return new CallInput(tenant.id(), envName, tenant.hmacSalt(), "POST", url, Map.of(), body, bodyBytes,
                new AgentRef(from.id().toString(), from.name(), from.runtimeType()), "")
                .withKnownTool(new ToolMatch(TOOL, request.operation(), Verb.WRITE));
    }
}
