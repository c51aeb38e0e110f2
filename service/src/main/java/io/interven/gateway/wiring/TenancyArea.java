package io.interven.gateway.wiring;

import io.interven.gateway.resources.TenantScope;
import io.interven.gateway.tenancy.FirstStartBootstrap;
import io.interven.gateway.tenancy.KeyIssuer;
import io.interven.gateway.tenancy.OwnPrincipalsCache;
import io.interven.gateway.tenancy.TenantDirectory;
import io.interven.gateway.tenancy.TenantPrincipals;
import io.interven.gateway.tenancy.TenantSettings;

/**
 * Tenants, environments, agents, keys and tenant settings (the tenant's own principals among them, cached for
 * scans); on a first start, the bootstrap tenant and key.
 */
public record TenancyArea(TenantDirectory directory, KeyIssuer keys, TenantScope scope, TenantSettings settings,
                          TenantPrincipals principals, OwnPrincipalsCache ownPrincipals) {

    public static TenancyArea wire(Foundation base) {
        TenantDirectory directory = new TenantDirectory(base.jdbi());
        KeyIssuer keys = new KeyIssuer(base.jdbi(), directory);
        new FirstStartBootstrap(directory, keys, System.out).runIfEmpty(base.config().bootstrap);
        TenantPrincipals principals = new TenantPrincipals(base.jdbi());
        return new TenancyArea(directory, keys, new TenantScope(directory), new TenantSettings(base.jdbi(), base.clock()),
                principals, new OwnPrincipalsCache(principals, OwnPrincipalsCache.DEFAULT_TTL, System::currentTimeMillis));
    }
}
