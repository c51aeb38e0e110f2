package io.interven.gateway.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.interven.gateway.testing.HttpResult;
import io.interven.gateway.testing.TenantFixture;
import java.util.HashMap;
import java.util.Map;

/** Calls of {@code /v1/admin/tenants/{id}/settings} made with a tenant's own admin key. */
final class TenantSettingsApi {
    private TenantSettingsApi() {
    }

    static String path(String tenantId) {
        return "/v1/admin/tenants/" + tenantId + "/settings";
    }

    /** Sets the tenant's own rate budget (null: the gateway default), asserting it was stored. */
    static void setRateLimit(TenantFixture tenant, Integer perMinute) {
        Map<String, Object> body = new HashMap<>();
        body.put("rate_limit_per_minute", perMinute);
        HttpResult answer = tenant.gateway().patch(path(tenant.tenantId()), tenant.key(), body);
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
    }
}
