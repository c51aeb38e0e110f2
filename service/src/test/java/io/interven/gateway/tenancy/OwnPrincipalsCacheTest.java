package io.interven.gateway.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
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

        CountingStore() {
            super(null);
        }

        @Override
        public OwnPrincipals of(UUID tenantId) {
            reads.incrementAndGet();
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
    private final OwnPrincipalsCache cache = new OwnPrincipalsCache(store, Duration.ofSeconds(10), now::get);

    @Test
    void aTenantIsReadOncePerTtl() {
        cache.signalSettingsOf(TENANT);
        cache.signalSettingsOf(TENANT);
        now.addAndGet(9_999);
        cache.signalSettingsOf(TENANT);
        assertThat(store.reads.get()).isEqualTo(1);

        now.addAndGet(1);
        cache.signalSettingsOf(TENANT);
        assertThat(store.reads.get()).isEqualTo(2);
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
