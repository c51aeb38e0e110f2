package io.interven.gateway.contract;

import io.interven.gateway.testing.GatewayHarness;
import io.interven.gateway.testing.SharedGateways;
import io.interven.gateway.testing.TenantFixture;

/** A contract run once per database kind against the shared gateway of that kind; each test makes its own tenant. */
abstract class GatewayContract {

    /** "h2" or "postgres". */
    abstract String database();

    GatewayHarness gateway() {
        return SharedGateways.on(database());
    }

    TenantFixture newTenant() {
        return gateway().newTenant();
    }
}
