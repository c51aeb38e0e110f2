package io.interven.gateway.contract;

import com.fasterxml.jackson.databind.JsonNode;
import io.interven.gateway.testing.GatewayHarness;
import io.interven.gateway.testing.HttpResult;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * How many times each SQL statement of the gateway has run, read from the statement timers on its admin
 * {@code /metrics} (one timer per SQL object method, named {@code io.interven.gateway.<package>.<Dao>.<method>}).
 * Statements the gateway runs in the background (trace batches, the nonce sweep) are left out: a request does not
 * wait for them.
 */
final class StatementCounts {
    private static final String PREFIX = "io.interven.gateway.";
    private static final Set<String> BACKGROUND = Set.of("trace.TraceDao.insertAll", "replay.NonceDao.deleteExpired");

    private StatementCounts() {
    }

    /** Statement name (without {@code io.interven.gateway.}) to how many times it ran so far. */
    static Map<String, Long> of(GatewayHarness gateway) {
        HttpResult metrics = gateway.getAdmin("/metrics");
        if (metrics.status() != 200) {
            throw new IllegalStateException("metrics: " + metrics.status());
        }
        Map<String, Long> counts = new TreeMap<>();
        Iterator<Map.Entry<String, JsonNode>> timers = metrics.json().get("timers").fields();
        while (timers.hasNext()) {
            Map.Entry<String, JsonNode> timer = timers.next();
            String name = timer.getKey();
            if (name.startsWith(PREFIX) && name.contains("Dao.")) {
                String statement = name.substring(PREFIX.length());
                if (!BACKGROUND.contains(statement)) {
                    counts.put(statement, timer.getValue().get("count").asLong());
                }
            }
        }
        return counts;
    }

    /** The statements that ran between two readings, with how many times each ran. */
    static Map<String, Long> between(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Long> ran = new TreeMap<>();
        after.forEach((statement, count) -> {
            long delta = count - before.getOrDefault(statement, 0L);
            if (delta != 0) {
                ran.put(statement, delta);
            }
        });
        return ran;
    }

    /** The statements that ran while {@code request} ran. */
    static Map<String, Long> during(GatewayHarness gateway, Runnable request) {
        Map<String, Long> before = of(gateway);
        request.run();
        return between(before, of(gateway));
    }
}
