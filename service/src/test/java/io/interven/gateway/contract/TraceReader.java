package io.interven.gateway.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.interven.gateway.testing.DatabaseRows;
import io.interven.gateway.testing.HttpResult;
import io.interven.gateway.testing.TenantFixture;
import java.time.Duration;

/** Reads a tenant's traces, waiting for the asynchronous trace writer where needed. */
final class TraceReader {
    private TraceReader() {
    }

    /**
     * {@code GET /v1/traces/{id}} once the trace is written to the database; fails when it never is. (The endpoint
     * answers a trace still waiting in the answering node's buffer too, so "written" is read from the database.)
     */
    static JsonNode awaitTrace(TenantFixture tenant, String traceId) {
        awaitWritten(tenant, traceId);
        HttpResult answer = tenant.gateway().get("/v1/traces/" + traceId, tenant.key());
        assertThat(answer.status()).as("trace %s: %s", traceId, answer.text()).isEqualTo(200);
        return answer.json();
    }

    private static void awaitWritten(TenantFixture tenant, String traceId) {
        if (!traceId.matches("[0-9a-f-]{36}")) {
            throw new IllegalArgumentException("not a trace id: " + traceId);
        }
        String count = "SELECT COUNT(*) FROM traces WHERE CAST(trace_id AS VARCHAR(36)) = '" + traceId + "'";
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (Long.parseLong(DatabaseRows.column(tenant.gateway().database(), count).get(0)) == 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("trace " + traceId + " was not written within 10 s");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }

    /** {@code GET /v1/traces?query} once it lists {@code count} traces; fails when it never does. */
    static JsonNode awaitList(TenantFixture tenant, String query, int count) {
        HttpResult answer = tenant.gateway().await("/v1/traces?" + query, tenant.key(),
                r -> r.status() == 200 && r.json().size() == count);
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        assertThat(answer.json()).as("traces of %s", query).hasSize(count);
        return answer.json();
    }

    /** The traces listed now, without waiting. */
    static JsonNode list(TenantFixture tenant, String query) {
        HttpResult answer = tenant.gateway().get("/v1/traces?" + query, tenant.key());
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        return answer.json();
    }

    /**
     * Scans a benign call and waits for its trace. The trace writer keeps order, so once this barrier is readable
     * every trace queued before it has been written too; returns the barrier's trace id.
     */
    static String writeBarrier(TenantFixture tenant) {
        HttpResult answer = tenant.scan(ScanCalls.benign());
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        String traceId = answer.field("trace_id");
        awaitTrace(tenant, traceId);
        return traceId;
    }
}
