package io.interven.gateway.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.interven.gateway.tenancy.ApiKeyRow;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** An API key as the admin API shows it. {@code key} is present only in the answer that created it. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record KeyView(UUID keyId, String key, UUID tenantId, String envName, String keyPrefix, String kind,
                      List<String> roles, UUID agentId, String description, long createdAt, Long revokedAt) {
    public static KeyView of(ApiKeyRow row) {
        return withPlaintext(row, null);
    }

    public static KeyView withPlaintext(ApiKeyRow row, String plaintext) {
        return new KeyView(row.id(), plaintext, row.tenantId(), row.envName(), row.keyPrefix(), row.kind(),
                Arrays.asList(row.roles().split(",")), row.agentId(), row.description(), row.createdAt(),
                row.revokedAt());
    }
}
