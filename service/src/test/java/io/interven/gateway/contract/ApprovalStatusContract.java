package io.interven.gateway.contract;

import static io.interven.gateway.contract.ErrorAssertions.assertError;
import static io.interven.gateway.contract.ErrorAssertions.assertInvalidFields;

import io.interven.gateway.testing.TenantFixture;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** {@code GET /v1/approvals/{approval_id}/status} for ids that name no approval of the caller's tenant. */
abstract class ApprovalStatusContract extends GatewayContract {

    @Test
    void anUnknownApprovalIsNotFoundForScanAndAnalystKeys() {
        TenantFixture tenant = newTenant();
        String path = "/v1/approvals/" + UUID.randomUUID() + "/status";

        assertError(gateway().get(path, tenant.key()), 404, "NOT_FOUND");
        assertError(gateway().get(path, TenantAdmin.keyWithRoles(tenant, "scan")), 404, "NOT_FOUND");
        assertError(gateway().get(path, TenantAdmin.keyWithRoles(tenant, "analyst")), 404, "NOT_FOUND");
    }

    @Test
    void aMalformedApprovalIdIsNamed() {
        TenantFixture tenant = newTenant();

        assertInvalidFields(gateway().get("/v1/approvals/12345/status", tenant.key()), "approval_id");
    }

    @Test
    void theStatusNeedsAKey() {
        assertError(gateway().get("/v1/approvals/" + UUID.randomUUID() + "/status", null), 401, "UNAUTHORIZED");
    }
}
