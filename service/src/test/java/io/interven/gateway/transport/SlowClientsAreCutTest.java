package io.interven.gateway.transport;

import static org.assertj.core.api.Assertions.assertThat;

import io.interven.gateway.testing.GatewayHarness;
import io.interven.gateway.testing.HttpResult;
import io.interven.gateway.testing.SampleCalls;
import io.interven.gateway.testing.TestDatabase;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Slow and idle clients cannot starve scans: with 300 connections that trickle a request head, trickle a body or
 * say nothing, a normal client's scans keep being answered, and the server closes every slow connection (the
 * request-head deadline, the request body's least pace and the idle timeout). Timeouts are shortened so the test
 * does not wait for production values; they are asserted as outcomes (closed, answered), never as durations.
 */
class SlowClientsAreCutTest {
    static final int PER_KIND = 100;
    static final long TICK_MILLIS = 200;

    @Test
    void slowClientsAreClosedWhileScansKeepBeingAnswered() throws Exception {
        try (GatewayHarness gateway = GatewayHarness.on(TestDatabase.fresh("h2"))
                .override("limits.requestHeadTimeout", "2 seconds")
                .override("server.applicationConnectors[0].idleTimeout", "5 seconds")
                .override("limits.requestBodyGrace", "1 second")
                .override("limits.minRequestBodyBytesPerSecond", "1024")
                .start();
             SlowClients slow = new SlowClients()) {
            URI base = URI.create(gateway.baseUrl());
            assertThat(gateway.post("/v1/scan", gateway.bootstrapKey(), SampleCalls.slackHello()).status())
                    .as("warm").isEqualTo(200);
            for (SlowClients.Kind kind : SlowClients.Kind.values()) {
                slow.open(base, kind, PER_KIND, gateway.bootstrapKey());
            }
            ExecutorService scanner = Executors.newSingleThreadExecutor();
            Future<List<Integer>> scans = scanner.submit(() -> {
                List<Integer> statuses = new ArrayList<>();
                for (int i = 0; i < 20; i++) {
                    HttpResult answer = gateway.post("/v1/scan", gateway.bootstrapKey(), SampleCalls.slackHello());
                    statuses.add(answer.status());
                }
                return statuses;
            });

            long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            int open = slow.tick();
            while (open > 0 && System.nanoTime() < deadline) {
                Thread.sleep(TICK_MILLIS);
                open = slow.tick();
            }
            List<Integer> statuses = scans.get(60, TimeUnit.SECONDS);
            scanner.shutdownNow();

            assertThat(statuses).as("scans answered while 300 slow clients were connected").hasSize(20)
                    .containsOnly(200);
            for (SlowClients.Kind kind : SlowClients.Kind.values()) {
                assertThat(slow.openOf(kind)).as("%s connections the server left open", kind).isZero();
            }
            HttpResult after = gateway.post("/v1/scan", gateway.bootstrapKey(), SampleCalls.slackHello());
            assertThat(after.status()).as(after.text()).isEqualTo(200);
        }
    }
}
