package io.interven.gateway.architecture;

import java.util.Map;
import java.util.Set;

/**
 * Which package owns each table of the schema: only its SQL objects write the table, and only they read it, except
 * where a join below lets another package read it in the same statement. A new table is added here with its owner.
 */
final class TableOwners {
    /** Table to owning package, relative to the service's root package. */
    static final Map<String, String> OWNER = Map.ofEntries(
            Map.entry("tenants", "tenancy"),
            Map.entry("environments", "tenancy"),
            Map.entry("agents", "tenancy"),
            Map.entry("api_keys", "tenancy"),
            Map.entry("tenant_settings", "tenancy"),
            Map.entry("tenant_principals", "tenancy"),
            Map.entry("rate_windows", "ratelimit"),
            Map.entry("approvals", "approval"),
            Map.entry("traces", "trace"),
            Map.entry("response_scans", "trace"),
            Map.entry("policies", "policy"),
            Map.entry("policy_versions", "policy"),
            Map.entry("request_nonces", "replay"),
            Map.entry("agent_facts", "history"),
            Map.entry("agent_volume", "history"),
            Map.entry("read_values", "history"),
            Map.entry("a2a_hops", "a2a"),
            Map.entry("inbound_routes", "inbound"));

    /**
     * Tables a package may read, in a join, without owning them: approvals are listed with their call's trace, and
     * the rate limit reads a tenant's override in the statement that counts.
     */
    static final Map<String, Set<String>> JOINED = Map.of("approval", Set.of("traces"),
            "ratelimit", Set.of("tenant_settings"));

    private TableOwners() {
    }

    /** The packages that own a table (relative names). */
    static Set<String> owningPackages() {
        return Set.copyOf(OWNER.values());
    }

    /** True when {@code pkg} (relative) may read {@code table}. */
    static boolean mayRead(String pkg, String table) {
        return pkg.equals(OWNER.get(table)) || JOINED.getOrDefault(pkg, Set.of()).contains(table);
    }

    /** True when {@code pkg} (relative) may write {@code table}. */
    static boolean mayWrite(String pkg, String table) {
        return pkg.equals(OWNER.get(table));
    }
}
