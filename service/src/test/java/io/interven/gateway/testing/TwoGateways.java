package io.interven.gateway.testing;

import java.util.List;
import java.util.Map;

/**
 * Two gateway nodes on one fresh PostgreSQL database, as behind a load balancer: the same configuration and the same
 * bootstrap key on both, each on its own random ports. Tenants made with {@link #newTenant()} are reached through
 * either node with the same key. Closing stops both nodes.
 */
public final class TwoGateways implements AutoCloseable {
    private final GatewayHarness first;
    private final GatewayHarness second;

    private TwoGateways(GatewayHarness first, GatewayHarness second) {
        this.first = first;
        this.second = second;
    }

    /** Starts the first node on a new database (it migrates and bootstraps it), then the second on the same one. */
    public static TwoGateways startOnPostgres() {
        return startOnPostgres(Map.of());
    }

    /** As {@link #startOnPostgres()}, both nodes with these configuration overrides. */
    public static TwoGateways startOnPostgres(Map<String, String> overrides) {
        TestDatabase shared = TestPostgres.newDatabase();
        GatewayHarness.Builder firstNode = GatewayHarness.on(shared);
        overrides.forEach(firstNode::override);
        GatewayHarness first = firstNode.start();
        try {
            GatewayHarness.Builder secondNode = GatewayHarness.on(shared).bootstrapKey(first.bootstrapKey());
            overrides.forEach(secondNode::override);
            GatewayHarness second = secondNode.start();
            return new TwoGateways(first, second);
        } catch (RuntimeException e) {
            first.close();
            throw e;
        }
    }

    public GatewayHarness first() {
        return first;
    }

    public GatewayHarness second() {
        return second;
    }

    public List<GatewayHarness> both() {
        return List.of(first, second);
    }

    /** A new tenant with an admin+analyst+scan key in {@code production}, created through the first node. */
    public SharedTenant newTenant() {
        TenantFixture throughFirst = first.newTenant();
        return new SharedTenant(throughFirst, new TenantFixture(second, throughFirst.tenantId(), throughFirst.key(),
                throughFirst.keyId()));
    }

    /** One tenant and its key, as seen through each node. */
    public record SharedTenant(TenantFixture throughFirst, TenantFixture throughSecond) {
        public String tenantId() {
            return throughFirst.tenantId();
        }

        public String key() {
            return throughFirst.key();
        }

        /** The tenant through the first node, then through the second. */
        public List<TenantFixture> throughBoth() {
            return List.of(throughFirst, throughSecond);
        }
    }

    @Override
    public void close() {
        try {
            second.close();
        } finally {
            first.close();
        }
    }
}
