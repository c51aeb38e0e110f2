package io.interven.gateway.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.interven.gateway.testing.HttpResult;
import io.interven.gateway.testing.TenantFixture;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Sets a tenant's own principals through {@code PATCH /v1/admin/tenants/{id}/settings} with its own admin key. */
final class OwnPrincipalsApi {
    private OwnPrincipalsApi() {
    }

    static HttpResult patch(TenantFixture tenant, Object ownPrincipals) {
        HashMap<String, Object> body = new HashMap<>();
        body.put("own_principals", ownPrincipals);
        return tenant.gateway().patch(TenantSettingsApi.path(tenant.tenantId()), tenant.key(), body);
    }

    static void setEmailDomains(TenantFixture tenant, String... domains) {
        HttpResult answer = patch(tenant, Map.of("email_domains", List.of(domains)));
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
    }
}
