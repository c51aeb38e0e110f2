package io.interven.gateway.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class OwnPrincipalsCacheTest {
    private static final UUID TENANT = UUID.randomUUID();
    private static final UUID OTHER = UUID.randomUUID();

    /** A store in memory that counts its reads. */
    private static final class CountingStore extends TenantPrincipals {
        final AtomicInteger reads = new AtomicInteger();
        volatile Map<UUID, OwnPrincipals> stored = Map.of();
        volatile Runnable duringRead = () -> { };
        volatile boolean failing;

        CountingStore() {
            super(null);
        }

        @Override
        public OwnPrincipals of(UUID tenantId) {
            reads.incrementAndGet();
            if (failing) {
                throw new IllegalStateException("database unreachable");
            }
            OwnPrincipals before = stored.getOrDefault(tenantId, OwnPrincipals.none());
            duringRead.run();
            return before;
        }

        @Override
        public OwnPrincipals replace(UUID tenantId, Map<String, List<String>> lists) {
            OwnPrincipals next = new OwnPrincipals(lists);
            stored = Map.of(tenantId, next);
            return next;
        }
    }

    private final CountingStore store = new CountingStore();
    private final AtomicLong now = new AtomicLong(1_000);
    private final List<Runnable> refreshes = new ArrayList<>();
    private final OwnPrincipalsCache cache = new OwnPrincipalsCache(store, Duration.ofSeconds(10), now::get,
            refreshes::add);

    @Test
    void aTenantIsReadOnceUntilHalfItsTtlOnTheScansThread() {
        cache.signalSettingsOf(TENANT);
        cache.signalSettingsOf(TENANT);
        now.addAndGet(4_999);
        cache.signalSettingsOf(TENANT);

        assertThat(store.reads.get()).isEqualTo(1);
        assertThat(refreshes).isEmpty();
    }

    @Test
    void pastHalfItsTtlAnEntryIsReadAgainOffTheScansThreadOnceWhileTheScanUsesIt() {
        cache.signalSettingsOf(TENANT);
        store.replace(TENANT, Map.of("email_domains", List.of("acme.com")));    // as another node would
        now.addAndGet(5_000);

        assertThat(cache.signalSettingsOf(TENANT).isEmpty()).as("answered from the entry").isTrue();
        cache.signalSettingsOf(TENANT);
        assertThat(store.reads.get()).as("no read on the scan's thread").isEqualTo(1);
        assertThat(refreshes).as("one refresh however many scans notice it").hasSize(1);

        refreshes.remove(0).run();
        now.addAndGet(9_000);

        assertThat(cache.signalSettingsOf(TENANT).section("own").list("email_domains")).containsExactly("acme.com");
        assertThat(store.reads.get()).isEqualTo(2);
    }

    @Test
    void anEntryOlderThanItsTtlIsNeverUsedSoAnotherNodesChangeIsSeenWithinIt() {
        cache.signalSettingsOf(TENANT);
        store.replace(TENANT, Map.of("email_domains", List.of("acme.com")));    // as another node would
        now.addAndGet(10_000);

        assertThat(cache.signalSettingsOf(TENANT).section("own").list("email_domains")).containsExactly("acme.com");
        assertThat(store.reads.get()).isEqualTo(2);
        assertThat(refreshes).isEmpty();
    }

    @Test
    void aRefreshThatFailsLeavesTheEntryAndALaterScanAsksAgain() {
        cache.signalSettingsOf(TENANT);
        now.addAndGet(6_000);
        cache.signalSettingsOf(TENANT);
        store.failing = true;
        refreshes.remove(0).run();

        assertThat(cache.signalSettingsOf(TENANT).isEmpty()).isTrue();
        assertThat(refreshes).as("asked again").hasSize(1);
    }

    @Test
    void aChangeOnThisNodeAppliesAtOnceAndOnlyToItsTenant() {
        assertThat(cache.signalSettingsOf(TENANT).isEmpty()).isTrue();
        cache.signalSettingsOf(OTHER);

        cache.replace(TENANT, Map.of("email_domains", List.of("acme.com")));

        assertThat(cache.signalSettingsOf(TENANT).section("own").list("email_domains")).containsExactly("acme.com");
        assertThat(cache.signalSettingsOf(OTHER).isEmpty()).isTrue();
    }

    @Test
    void aReadThatStartedBeforeAChangeIsNotKept() {
        store.duringRead = () -> {
            store.duringRead = () -> { };
            cache.replace(TENANT, Map.of("email_domains", List.of("acme.com")));
        };

        assertThat(cache.signalSettingsOf(TENANT).isEmpty()).as("read before the change").isTrue();
        assertThat(cache.signalSettingsOf(TENANT).section("own").list("email_domains")).containsExactly("acme.com");
    }
}
