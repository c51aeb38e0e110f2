package io.interven.gateway.testing;

import java.util.HashMap;
import java.util.Map;

/**
 * One running gateway per database kind, shared by the contract tests of the whole JVM (each test makes its own
 * tenant, so tests do not see each other's data). Stopped when the JVM exits.
 */
public final class SharedGateways {
    private static final Map<String, GatewayHarness> RUNNING = new HashMap<>();

    private SharedGateways() {
    }

    public static synchronized GatewayHarness on(String kind) {
        return RUNNING.computeIfAbsent(kind, k -> {
            GatewayHarness harness = GatewayHarness.on(TestDatabase.fresh(k)).start();
            AtExit.closeGateway(harness::close);
            return harness;
        });
    }
}
