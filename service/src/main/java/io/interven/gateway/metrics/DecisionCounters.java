package io.interven.gateway.metrics;

import io.interven.gateway.policy.Decision;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code interven_scan_decisions_total{decision, tool}}: answered scans by decision and tool. The counters of a tool
 * are resolved once, at its first scan, for every decision; later scans cost a map lookup and an increment.
 */
final class DecisionCounters {
    static final String NAME = "interven.scan.decisions";

    private final MeterRegistry registry;
    private final ToolLabels tools = new ToolLabels();
    private final Map<String, Counter[]> byTool = new ConcurrentHashMap<>();

    DecisionCounters(MeterRegistry registry) {
        this.registry = registry;
    }

    void count(Decision decision, String toolName) {
        try {
            byTool.computeIfAbsent(tools.of(toolName), this::countersOf)[decision.ordinal()].increment();
        } catch (RuntimeException | LinkageError failure) {
            // a metric is never worth an answer
        }
    }

    private Counter[] countersOf(String tool) {
        Decision[] decisions = Decision.values();
        Counter[] counters = new Counter[decisions.length];
        for (Decision decision : decisions) {
            counters[decision.ordinal()] = Counter.builder(NAME)
                    .description("Answered scans, by decision and by the recognized tool")
                    .tag("decision", decision.name())
                    .tag("tool", tool)
                    .register(registry);
        }
        return counters;
    }
}
