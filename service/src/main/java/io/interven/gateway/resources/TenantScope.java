package io.interven.gateway.resources;

import io.interven.gateway.auth.ApiKeyPrincipal;
import io.interven.gateway.errors.ApiException;
import io.interven.gateway.request.RequestReader;
import io.interven.gateway.tenancy.TenantDirectory;
import java.util.Optional;
import java.util.UUID;

/**
 * The tenant an admin request acts in: its own key's tenant, or, for an operator key only, the {@code tenant_id}
 * the request names. A {@code tenant_id} from any other key is ignored.
 */
public class TenantScope {
    private final TenantDirectory directory;

    public TenantScope(TenantDirectory directory) {
        this.directory = directory;
    }

    public UUID resolve(ApiKeyPrincipal key, RequestReader request) {
        if (!key.isOperator() || !request.isPresent("tenant_id")) {
            return key.tenantId();
        }
        Optional<UUID> named = request.uuid("tenant_id", false);
        request.validate();
        UUID tenantId = named.orElseThrow();
        if (directory.findTenant(tenantId).isEmpty()) {
            throw ApiException.invalidField("tenant_id", "is not a known tenant");
        }
        return tenantId;
    }

    /**
     * The tenant a request without a body acts in: its own key's, or for an operator key the {@code ?tenant_id=} it
     * names (400 when malformed or unknown). A {@code tenant_id} from any other key is ignored.
     */
    public UUID resolve(ApiKeyPrincipal key, String namedTenantId) {
        if (!key.isOperator() || namedTenantId == null || namedTenantId.isBlank()) {
            return key.tenantId();
        }
        UUID tenantId = PathIds.uuid("tenant_id", namedTenantId);
        if (directory.findTenant(tenantId).isEmpty()) {
            throw ApiException.invalidField("tenant_id", "is not a known tenant");
        }
        return tenantId;
    }
}
