package io.interven.gateway.wiring;

import io.interven.gateway.resources.TenantScope;
import io.interven.gateway.tenancy.AuthenticationKeys;
import io.interven.gateway.tenancy.CachedKeyLookup;
import io.interven.gateway.tenancy.FirstStartBootstrap;
import io.interven.gateway.tenancy.KeyIssuer;
import io.interven.gateway.tenancy.OwnPrincipalsCache;
import io.interven.gateway.tenancy.TenantDirectory;
import io.interven.gateway.tenancy.TenantPrincipals;
import io.interven.gateway.tenancy.TenantSettings;
import java.time.Duration;

/**
 * Tenants, environments, agents, keys and tenant settings; on a first start, the bootstrap tenant and key. What a
 * scan reads of them (long-lived keys, tenants, agents, the tenant's own principals) is kept in memory for at most
 * {@code caches.maxStaleness}; a change made here is forgotten at once.
 */
public record TenancyArea(TenantDirectory directory, KeyIssuer keys, TenantScope scope, TenantSettings settings,
                          TenantPrincipals principals, OwnPrincipalsCache ownPrincipals, CachedKeyLookup keyLookup) {

    public static TenancyArea wire(Foundation base) {
        Duration maxStaleness = base.config().caches.maxStaleness();
        TenantDirectory directory = new TenantDirectory(base.jdbi(), maxStaleness, System::currentTimeMillis);
        CachedKeyLookup keyLookup = new CachedKeyLookup(new AuthenticationKeys(base.jdbi()), maxStaleness,
                System::currentTimeMillis);
        KeyIssuer keys = new KeyIssuer(base.jdbi(), directory, keyLookup::forgetKey);
        new FirstStartBootstrap(directory, keys, System.out).runIfEmpty(base.config().bootstrap);
        TenantPrincipals principals = new TenantPrincipals(base.jdbi());
        TenantSettings settings = new TenantSettings(base.jdbi(), base.clock(), keyLookup::forgetTenant);
        return new TenancyArea(directory, keys, new TenantScope(directory), settings, principals,
                new OwnPrincipalsCache(principals, maxStaleness, System::currentTimeMillis), keyLookup);
    }
}
