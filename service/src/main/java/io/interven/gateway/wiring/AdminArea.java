package io.interven.gateway.wiring;

import io.interven.gateway.resources.AgentAdminResource;
import io.interven.gateway.resources.EphemeralKeyResource;
import io.interven.gateway.resources.KeyAdminResource;
import io.interven.gateway.resources.TenantAdminResource;
import io.interven.gateway.resources.TenantSettingsResource;
import io.interven.gateway.tenancy.EphemeralKeyIssuer;

/** The admin API: tenants (operator keys), a tenant's settings, agents and keys of a tenant, and ephemeral keys
 * (mint role). */
public final class AdminArea {
    private AdminArea() {
    }

    public static void wire(Foundation base, TenancyArea tenancy) {
        base.register(new TenantAdminResource(base.requests(), tenancy.directory()));
        base.register(new TenantSettingsResource(base.requests(), tenancy.directory(), tenancy.settings(),
                tenancy.principals(), tenancy.ownPrincipals(), base.config().limits.rateLimitPerMinute));
        base.register(new AgentAdminResource(base.requests(), tenancy.directory(), tenancy.scope()));
        base.register(new KeyAdminResource(base.requests(), tenancy.keys(), tenancy.directory(), tenancy.scope()));
        base.register(new EphemeralKeyResource(base.requests(),
                new EphemeralKeyIssuer(base.jdbi(), System::currentTimeMillis),
                base.config().ephemeralKeys.maxTtlSeconds));
    }
}
