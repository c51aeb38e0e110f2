package io.interven.gateway.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;
import java.util.UUID;

/**
 * An inbound route as the admin API shows it: never its credential, only the credential's {@code type} and, for a
 * header or query credential, its {@code name} (a basic credential's username is sealed with its password).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record InboundRouteView(String prefix, UUID tenantId, String upstreamBaseUrl, CredentialView credential,
                               List<String> allowedMethods, String envName, String platform, int connectTimeoutMs,
                               int responseTimeoutMs, long createdAt, long updatedAt) {

    /** What is shown of the credential: its kind and, when it has one in clear, its name. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CredentialView(String type, String name) {
    }
}
