package io.interven.gateway.contract;

import static io.interven.gateway.contract.ErrorAssertions.assertError;
import static io.interven.gateway.contract.ErrorAssertions.assertInvalidFields;
import static org.assertj.core.api.Assertions.assertThat;

import io.interven.gateway.testing.HttpResult;
import io.interven.gateway.testing.TenantFixture;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** {@code GET}/{@code PATCH /v1/admin/tenants/{id}/settings}: who reaches which tenant, and what a change checks. */
abstract class TenantSettingsContract extends GatewayContract {

    private HttpResult read(TenantFixture tenant, String key) {
        return gateway().get(TenantSettingsApi.path(tenant.tenantId()), key);
    }

    @Test
    void aNewTenantHasTheDefaults() {
        TenantFixture tenant = newTenant();

        HttpResult settings = read(tenant, tenant.key());

        assertThat(settings.status()).as(settings.text()).isEqualTo(200);
        assertThat(settings.field("tenant_id")).isEqualTo(tenant.tenantId());
        assertThat(settings.json().has("rate_limit_per_minute")).isTrue();
        assertThat(settings.json().get("rate_limit_per_minute").isNull()).as("null = the gateway default").isTrue();
        assertThat(settings.json().get("require_signed_requests").asBoolean()).isFalse();
        assertThat(settings.json().get("default_rate_limit_per_minute").asInt())
                .isEqualTo(gateway().configuration().limits.rateLimitPerMinute);
    }

    @Test
    void anAdminChangesItsOwnTenantAndOnlyTheNamedFields() {
        TenantFixture tenant = newTenant();

        HttpResult changed = gateway().patch(TenantSettingsApi.path(tenant.tenantId()), tenant.key(),
                Map.of("rate_limit_per_minute", 120));
        HttpResult again = gateway().patch(TenantSettingsApi.path(tenant.tenantId()), tenant.key(),
                Map.of("rate_limit_per_minute", 30));
        HttpResult required = gateway().patch(TenantSettingsApi.path(tenant.tenantId()), gateway().bootstrapKey(),
                Map.of("require_signed_requests", true));

        assertThat(changed.status()).as(changed.text()).isEqualTo(200);
        assertThat(changed.json().get("rate_limit_per_minute").asInt()).isEqualTo(120);
        assertThat(again.json().get("rate_limit_per_minute").asInt()).isEqualTo(30);
        assertThat(required.status()).as(required.text()).isEqualTo(200);
        assertThat(required.json().get("rate_limit_per_minute").asInt()).as("not named, kept").isEqualTo(30);
        HttpResult stored = read(tenant, gateway().bootstrapKey());
        assertThat(stored.json().get("rate_limit_per_minute").asInt()).isEqualTo(30);
        assertThat(stored.json().get("require_signed_requests").asBoolean()).isTrue();
    }

    @Test
    void onceATenantRequiresSignaturesItsUnsignedRequestsAnswer401() {
        TenantFixture tenant = newTenant();
        assertThat(read(tenant, tenant.key()).status()).isEqualTo(200);

        gateway().patch(TenantSettingsApi.path(tenant.tenantId()), gateway().bootstrapKey(),
                Map.of("require_signed_requests", true));

        HttpResult unsigned = read(tenant, tenant.key());
        assertThat(unsigned.status()).as(unsigned.text()).isEqualTo(401);
        assertThat(unsigned.json().get("code").asText()).isEqualTo("BAD_SIGNATURE");
    }

    @Test
    void nullSetsTheRateLimitBackToTheDefault() {
        TenantFixture tenant = newTenant();
        TenantSettingsApi.setRateLimit(tenant, 5);

        TenantSettingsApi.setRateLimit(tenant, null);

        assertThat(read(tenant, tenant.key()).json().get("rate_limit_per_minute").isNull()).isTrue();
    }

    @Test
    void anUnknownFieldIsRefusedByName() {
        TenantFixture tenant = newTenant();

        assertInvalidFields(gateway().patch(TenantSettingsApi.path(tenant.tenantId()), tenant.key(),
                Map.of("rate_limit_per_minute", 10, "burst", 5)), "burst");
        assertThat(read(tenant, tenant.key()).json().get("rate_limit_per_minute").isNull())
                .as("a refused change stores nothing").isTrue();
    }

    @Test
    void badValuesAreRefusedByName() {
        TenantFixture tenant = newTenant();
        Map<String, Object> body = new HashMap<>();
        body.put("rate_limit_per_minute", 0);
        body.put("require_signed_requests", null);

        assertInvalidFields(gateway().patch(TenantSettingsApi.path(tenant.tenantId()), tenant.key(), body),
                "rate_limit_per_minute", "require_signed_requests");
        assertInvalidFields(gateway().patch(TenantSettingsApi.path(tenant.tenantId()), tenant.key(),
                Map.of("rate_limit_per_minute", "sixty")), "rate_limit_per_minute");
        assertInvalidFields(gateway().patch(TenantSettingsApi.path(tenant.tenantId()), tenant.key(),
                Map.of("rate_limit_per_minute", 2.5)), "rate_limit_per_minute");
        assertInvalidFields(gateway().patch(TenantSettingsApi.path(tenant.tenantId()), tenant.key(), "[]"), "$");
    }

    @Test
    void anotherTenantsSettingsAreNotFoundForAnAdmin() {
        TenantFixture tenant = newTenant();
        TenantFixture other = newTenant();

        assertError(read(other, tenant.key()), 404, "NOT_FOUND");
        assertError(gateway().patch(TenantSettingsApi.path(other.tenantId()), tenant.key(),
                Map.of("rate_limit_per_minute", 1)), 404, "NOT_FOUND");
        assertThat(read(other, other.key()).json().get("rate_limit_per_minute").isNull()).isTrue();
    }

    @Test
    void anOperatorReachesEveryTenantButNotAnUnknownOne() {
        TenantFixture tenant = newTenant();

        HttpResult changed = gateway().patch(TenantSettingsApi.path(tenant.tenantId()), gateway().bootstrapKey(),
                Map.of("rate_limit_per_minute", 42));

        assertThat(changed.status()).as(changed.text()).isEqualTo(200);
        assertThat(read(tenant, tenant.key()).json().get("rate_limit_per_minute").asInt()).isEqualTo(42);
        assertError(gateway().get(TenantSettingsApi.path(UUID.randomUUID().toString()), gateway().bootstrapKey()),
                404, "NOT_FOUND");
    }

    @Test
    void scanAndAnalystKeysDoNotReachSettings() {
        TenantFixture tenant = newTenant();
        String scanKey = TenantAdmin.mint(tenant, List.of("scan", "analyst"), Map.of()).field("key");

        assertError(read(tenant, scanKey), 403, "FORBIDDEN");
    }
}
