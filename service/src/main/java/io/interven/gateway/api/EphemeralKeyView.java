package io.interven.gateway.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.interven.gateway.tenancy.EphemeralKeyRow;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * An ephemeral key as {@code /v1/keys/ephemeral} shows it. {@code key} is present only in the answer that minted
 * it; {@code max_uses} and {@code uses_left} are null for a key without a use limit; an empty scope list means any.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EphemeralKeyView(UUID keyId, String key, String keyPrefix, String kind, String envName, UUID agentId,
                               String description, long createdAt, long expiresAt, Long revokedAt,
                               @JsonInclude(JsonInclude.Include.ALWAYS) Integer maxUses,
                               @JsonInclude(JsonInclude.Include.ALWAYS) Integer usesLeft, int uses, Scope scope) {

    /** The tools ({@code tool_name}) and verbs the key may scan. */
    public record Scope(List<String> tools, List<String> verbs) {
    }

    public static EphemeralKeyView of(EphemeralKeyRow row) {
        return withPlaintext(row, null);
    }

    public static EphemeralKeyView withPlaintext(EphemeralKeyRow row, String plaintext) {
        return new EphemeralKeyView(row.id(), plaintext, row.keyPrefix(), "ephemeral", row.envName(), row.agentId(),
                row.description(), row.createdAt(), row.expiresAt(), row.revokedAt(), row.maxUses(), row.usesLeft(),
                row.uses(), new Scope(split(row.scopeTools()), split(row.scopeVerbs())));
    }

    private static List<String> split(String stored) {
        return stored == null || stored.isEmpty() ? List.of() : Arrays.asList(stored.split(","));
    }
}
