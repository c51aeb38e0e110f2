package io.interven.gateway.approval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.interven.gateway.core.CallInput;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The canonical identity of a call that an approval is bound to: SHA-256 over tenant, environment, agent, method,
 * URL and the body with object keys sorted, so that key order does not matter but any change of content does.
 */
public final class CallHash {
    private static final ObjectMapper CANONICAL = new ObjectMapper()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    private CallHash() {
    }

    public static String of(CallInput call) {
        String body;
        try {
            Object plain = call.body() == null ? null : CANONICAL.convertValue(call.body(), Object.class);
            body = CANONICAL.writeValueAsString(plain);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("body could not be canonicalized", e);
        }
        String canonical = String.join("\n", call.tenantId().toString(), call.envName(), call.agent().agentId(),
                call.method(), call.url(), body);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
