package io.interven.gateway.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.interven.gateway.testing.GatewayHarness;
import io.interven.gateway.testing.HttpResult;
import io.interven.gateway.testing.SampleCalls;
import io.interven.gateway.testing.TenantFixture;
import io.interven.gateway.testing.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A detector plugin that overflows its stack, runs out of memory or runs past the scan's time budget: the scan
 * answers DENY with PIPELINE_FAILURE (never a 500, never ALLOW), and its trace is written, on each kind of
 * database. The gateway runs the built-in plugins plus a real jar compiled at test time, with a 2 s budget.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class FailClosedTracedContract {
    private static final long SLOW_MILLIS = 4_000;

    private GatewayHarness gateway;
    private TenantFixture tenant;

    abstract String database();

    @BeforeAll
    void start() {
        try {
            Path dir = Files.createTempDirectory("plugins-fail-closed");
            PluginFolder.withBuiltins(dir);
            PluginJarBuilder.plugin("errors")
                    .source(TestPluginSources.ERROR_DETECTOR, TestPluginSources.errorDetector(SLOW_MILLIS))
                    .writeTo(dir, "errors.jar");
            gateway = GatewayHarness.on(TestDatabase.fresh(database())).plugins(dir)
                    .override("limits.scanBudget", "2s").start();
            tenant = gateway.newTenant();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterAll
    void stop() {
        if (gateway != null) {
            gateway.close();
        }
    }

    /** Scans a call whose body carries {@code marker}; asserts DENY / PIPELINE_FAILURE and a written trace. */
    private JsonNode deniedAndTraced(String marker) {
        HttpResult answer = tenant.scan(SampleCalls.postToUnknownHost(Map.of("text", "please " + marker)));

        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        assertThat(answer.field("decision")).as(answer.text()).isEqualTo("DENY");
        assertThat(answer.json().path("reason_codes").toString()).isEqualTo("[\"PIPELINE_FAILURE\"]");
        assertThat(answer.field("risk_band")).isEqualTo("CRITICAL");
        HttpResult trace = gateway.await("/v1/traces/" + answer.field("trace_id"), tenant.key(),
                r -> r.status() == 200);
        assertThat(trace.status()).as("the trace of %s: %s", marker, trace.text()).isEqualTo(200);
        assertThat(trace.field("decision")).isEqualTo("DENY");
        assertThat(trace.json().path("reason_codes").toString()).isEqualTo("[\"PIPELINE_FAILURE\"]");
        return trace.json();
    }

    @Test
    void aStackOverflowInADetectorDeniesTheCallAndLeavesATrace() {
        deniedAndTraced(TestPluginSources.OVERFLOW_MARKER);
        assertLogged("failed closed: detection (java.lang.StackOverflowError)");
    }

    @Test
    void runningOutOfMemoryInADetectorDeniesTheCallAndLeavesATrace() {
        deniedAndTraced(TestPluginSources.EXHAUST_MARKER);
        assertLogged("failed closed: detection (java.lang.OutOfMemoryError)");
    }

    @Test
    void aScanPastItsBudgetDeniesTheCallAndLeavesATrace() {
        JsonNode trace = deniedAndTraced(TestPluginSources.SLOW_MARKER);

        assertThat(trace.path("host").asText()).isEqualTo("unknown-destination.example");
        assertLogged("failed closed: scan budget");
    }

    private void assertLogged(String line) {
        assertThat(gateway.logOnceItHolds(line)).contains(line);
    }
}
