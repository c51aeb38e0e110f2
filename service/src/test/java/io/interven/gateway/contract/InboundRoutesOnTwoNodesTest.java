package io.interven.gateway.contract;

import static io.interven.gateway.contract.InboundRoutesContract.PATH;
import static io.interven.gateway.contract.InboundRoutesContract.PLANTED;
import static io.interven.gateway.contract.InboundRoutesContract.created;
import static io.interven.gateway.contract.InboundRoutesContract.credential;
import static io.interven.gateway.contract.InboundRoutesContract.newPrefix;
import static io.interven.gateway.contract.InboundRoutesContract.route;
import static io.interven.gateway.contract.InboundRoutesContract.served;
import static org.assertj.core.api.Assertions.assertThat;

import io.interven.gateway.inbound.InboundRoute;
import io.interven.gateway.inbound.InboundRoutes;
import io.interven.gateway.inbound.RouteCredential;
import io.interven.gateway.testing.TwoGateways;
import io.interven.gateway.testing.TwoGateways.SharedTenant;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two gateway nodes on one PostgreSQL: a route created, replaced or deleted through the first node is served so by
 * the first at once and by the second within its refresh interval ({@code inbound.refreshInterval}, 2 seconds),
 * plus one refresh's query, for which this test allows one more second.
 */
class InboundRoutesOnTwoNodesTest {
    private static final Duration QUERY_ALLOWANCE = Duration.ofSeconds(1);
    private static TwoGateways nodes;

    @BeforeAll
    static void startTwoNodes() {
        nodes = TwoGateways.startOnPostgres();
    }

    @AfterAll
    static void stopNodes() {
        if (nodes != null) {
            nodes.close();
        }
    }

    /** How long the second node took until its served route of {@code prefix} satisfied {@code done}. */
    private static Duration untilSecondServes(String prefix, Predicate<Optional<InboundRoute>> done) {
        InboundRoutes second = served(nodes.second());
        long start = System.nanoTime();
        long deadline = start + Duration.ofSeconds(30).toNanos();
        while (!done.test(second.byPrefix(prefix)) && System.nanoTime() < deadline) {
            Thread.onSpinWait();
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        assertThat(done.test(second.byPrefix(prefix))).as("the second node serves the change at all").isTrue();
        return Duration.ofNanos(System.nanoTime() - start);
    }

    @Test
    void aChangeThroughOneNodeIsServedThereAtOnceAndByTheOtherWithinTheRefreshInterval() {
        SharedTenant tenant = nodes.newTenant();
        Duration bound = served(nodes.second()).refreshInterval().plus(QUERY_ALLOWANCE);
        assertThat(served(nodes.second()).refreshInterval()).isEqualTo(Duration.ofSeconds(2));

        String prefix = created(tenant.throughFirst(), route(newPrefix()));

        assertThat(served(nodes.first()).byPrefix(prefix)).as("at once on the node that took it").isPresent();
        assertThat(untilSecondServes(prefix, Optional::isPresent)).isLessThanOrEqualTo(bound);
        assertThat(served(nodes.second()).byPrefix(prefix).orElseThrow().credential())
                .isEqualTo(new RouteCredential.Header("X-Api-Key", PLANTED));

        Map<String, Object> replacement = route(prefix);
        replacement.put("credential", credential("bearer", null, PLANTED + "-rotated"));
        assertThat(nodes.first().put(PATH + "/" + prefix, tenant.key(), replacement).status()).isEqualTo(200);
        RouteCredential rotated = new RouteCredential.Bearer(PLANTED + "-rotated");

        assertThat(served(nodes.first()).byPrefix(prefix).orElseThrow().credential()).isEqualTo(rotated);
        assertThat(untilSecondServes(prefix, route -> route.isPresent() && route.get().credential().equals(rotated)))
                .isLessThanOrEqualTo(bound);

        assertThat(nodes.first().delete(PATH + "/" + prefix, tenant.key()).status()).isEqualTo(204);

        assertThat(served(nodes.first()).byPrefix(prefix)).isEmpty();
        assertThat(untilSecondServes(prefix, Optional::isEmpty)).isLessThanOrEqualTo(bound);
    }

    @Test
    void aPrefixTakenThroughOneNodeIsTakenThroughTheOther() {
        SharedTenant tenant = nodes.newTenant();
        SharedTenant other = nodes.newTenant();
        String prefix = created(tenant.throughFirst(), route(newPrefix()));

        assertThat(nodes.second().post(PATH, other.key(), route(prefix)).status()).isEqualTo(409);
        assertThat(nodes.second().get(PATH + "/" + prefix, tenant.key()).status()).isEqualTo(200);
    }
}
