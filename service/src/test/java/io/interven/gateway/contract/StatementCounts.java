package io.interven.gateway.contract;

import io.interven.gateway.testing.GatewayHarness;
import io.interven.gateway.testing.HttpResult;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * How many times each SQL statement of the gateway has run, read from the statement timers on its admin
 * {@code /metrics} (one timer per SQL object method, named {@code io.interven.gateway.<package>.<Dao>.<method>} in
 * Dropwizard and bridged into the Prometheus scrape as the summary
 * {@code io_interven_gateway_<package>_<Dao>_<method>_seconds}). Statements the gateway runs in the background
 * (the nonce sweep, the inbound routes' refresh every two seconds) are left out: a request does not
 * wait for them, and they may fall inside any counted interval. Trace rows are written without a SQL object
 * ({@code TraceRows}), so they have no timer here.
 */
final class StatementCounts {
    private static final String PREFIX = "io_interven_gateway_";
    private static final String COUNT_SUFFIX = "_seconds_count";
    private static final Set<String> BACKGROUND = Set.of("replay.NonceDao.deleteExpired",
            "inbound.InboundRouteDao.listAll");

    private StatementCounts() {
    }

    /** Statement name (without {@code io.interven.gateway.}) to how many times it ran so far. */
    static Map<String, Long> of(GatewayHarness gateway) {
        HttpResult metrics = gateway.getAdmin("/metrics");
        if (metrics.status() != 200) {
            throw new IllegalStateException("metrics: " + metrics.status());
        }
        Map<String, Long> counts = new TreeMap<>();
        for (String line : metrics.text().split("\n")) {
            int space = line.indexOf(' ');
            if (!line.startsWith(PREFIX) || space < 0) {
                continue;
            }
            String name = line.substring(0, space);
            if (name.endsWith(COUNT_SUFFIX) && name.contains("Dao_")) {
                String statement = name.substring(PREFIX.length(), name.length() - COUNT_SUFFIX.length())
                        .replace('_', '.');
                if (!BACKGROUND.contains(statement)) {
                    counts.put(statement, (long) Double.parseDouble(line.substring(space + 1).trim()));
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
