package io.interven.gateway.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RefreshAheadCacheTest {
    /** What the database holds, as another node may change it. */
    private final Map<String, String> stored = new HashMap<>();
    private final AtomicInteger reads = new AtomicInteger();
    private final AtomicLong now = new AtomicLong(10_000);
    private final List<Runnable> refreshes = new ArrayList<>();
    private Runnable duringRead = () -> { };

    private Optional<String> read(String key) {
        reads.incrementAndGet();
        Optional<String> found = Optional.ofNullable(stored.get(key));
        duringRead.run();
        return found;
    }

    private RefreshAheadCache<String, String> cache(Duration maxStaleness, int maxEntries) {
        return RefreshAheadCache.of("test", this::read, value -> !value.startsWith("exact:"), maxStaleness,
                maxEntries, now::get, refreshes::add);
    }

    @Test
    void aValueChangedElsewhereIsNeverAnsweredOnceTheBoundHasPassedSinceItsReadBegan() {
        RefreshAheadCache<String, String> cache = cache(Duration.ofSeconds(2), 100);
        stored.put("k", "active");
        assertThat(cache.get("k")).hasValue("active");
        stored.put("k", "revoked");

        for (long at = 0; at < 2_000; at += 100) {
            assertThat(cache.get("k")).as("at %d ms", at).hasValue("active");
            now.addAndGet(100);
        }
        // the refresh queued past half the bound has not run (its thread is stalled): the caller reads itself
        assertThat(cache.get("k")).hasValue("revoked");
        assertThat(reads.get()).isEqualTo(2);
    }

    @Test
    void pastHalfTheBoundOneRefreshIsQueuedAndTheCallerIsAnsweredFromTheEntry() {
        RefreshAheadCache<String, String> cache = cache(Duration.ofSeconds(2), 100);
        stored.put("k", "v1");
        cache.get("k");
        stored.put("k", "v2");
        now.addAndGet(1_000);

        assertThat(cache.get("k")).hasValue("v1");
        assertThat(cache.get("k")).hasValue("v1");
        assertThat(refreshes).hasSize(1);
        assertThat(reads.get()).isEqualTo(1);

        refreshes.remove(0).run();
        assertThat(cache.get("k")).hasValue("v2");
        now.addAndGet(1_999);
        assertThat(cache.get("k")).as("the refreshed entry lives a full bound from its read").hasValue("v2");
        assertThat(reads.get()).isEqualTo(2);
    }

    @Test
    void whatIsNotFoundIsReadAgainEveryTimeSoAValueCreatedElsewhereIsSeenAtOnce() {
        RefreshAheadCache<String, String> cache = cache(Duration.ofSeconds(2), 100);

        assertThat(cache.get("new")).isEmpty();
        stored.put("new", "created on another node");

        assertThat(cache.get("new")).hasValue("created on another node");
        assertThat(reads.get()).isEqualTo(2);
    }

    @Test
    void aValueThatIsNotCacheableIsReadEveryTime() {
        RefreshAheadCache<String, String> cache = cache(Duration.ofSeconds(2), 100);
        stored.put("k", "exact:3 uses left");

        cache.get("k");
        cache.get("k");

        assertThat(reads.get()).isEqualTo(2);
        assertThat(cache.size()).isZero();
    }

    @Test
    void aRefreshThatFindsNothingAnyMoreDropsTheEntry() {
        RefreshAheadCache<String, String> cache = cache(Duration.ofSeconds(2), 100);
        stored.put("k", "v");
        cache.get("k");
        stored.remove("k");
        now.addAndGet(1_500);
        cache.get("k");

        refreshes.remove(0).run();

        assertThat(cache.size()).isZero();
        assertThat(cache.get("k")).isEmpty();
    }

    @Test
    void aChangeMadeOnThisNodeIsForgottenAtOnceAndAReadThatBeganBeforeItIsNotKept() {
        RefreshAheadCache<String, String> cache = cache(Duration.ofSeconds(2), 100);
        stored.put("a", "tenant-1:active");
        stored.put("b", "tenant-1:active");
        stored.put("c", "tenant-2:active");
        cache.get("a");
        cache.get("b");
        cache.get("c");

        stored.put("a", "tenant-1:revoked");
        stored.put("b", "tenant-1:revoked");
        cache.invalidateIf(value -> value.startsWith("tenant-1"));

        assertThat(cache.size()).isEqualTo(1);
        assertThat(cache.get("a")).hasValue("tenant-1:revoked");

        stored.put("d", "old");
        duringRead = () -> {
            duringRead = () -> { };
            stored.put("d", "new");
            cache.invalidate("d");
        };
        assertThat(cache.get("d")).hasValue("old");
        assertThat(cache.get("d")).as("what the racing read found was not kept").hasValue("new");
    }

    @Test
    void aBoundOfZeroKeepsNothing() {
        RefreshAheadCache<String, String> cache = cache(Duration.ZERO, 100);
        stored.put("k", "v");

        cache.get("k");
        cache.get("k");

        assertThat(reads.get()).isEqualTo(2);
        assertThat(cache.size()).isZero();
    }

    @Test
    void pastItsLimitTheCacheStartsAgainEmptyRatherThanGrowing() {
        RefreshAheadCache<String, String> cache = cache(Duration.ofSeconds(2), 3);
        for (int i = 0; i < 10; i++) {
            stored.put("k" + i, "v");
            cache.get("k" + i);
            assertThat(cache.size()).isLessThanOrEqualTo(3);
        }
    }
}
