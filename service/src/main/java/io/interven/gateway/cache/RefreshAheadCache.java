package io.interven.gateway.cache;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Values read from the database and kept for at most {@code maxStaleness}, so that the scan path makes no round
 * trip for them while every node still sees a change within that bound.
 *
 * <ul>
 *   <li>An entry is never answered once {@code maxStaleness} has passed since its read <em>began</em>: then the
 *       caller reads again on its own thread.</li>
 *   <li>An entry past half its life is read again off the request thread (the caller answers from the entry), so a
 *       value read steadily never makes a request wait for the database.</li>
 *   <li>Only what is found and {@code cacheable} is kept: an absent value is read again on every request (so a key
 *       or an agent created on another node works at once), and so is a value the owner wants exact every time.</li>
 *   <li>A change made on this node {@link #invalidate}s at once; a read that began before that never stores what it
 *       read.</li>
 *   <li>Beyond {@code maxEntries} the cache starts again empty rather than growing without bound.</li>
 * </ul>
 * A {@code maxStaleness} of zero keeps nothing: every request reads.
 */
public final class RefreshAheadCache<K, V> {
    private static final Logger LOG = LoggerFactory.getLogger(RefreshAheadCache.class);

    private record Entry<V>(V value, long loadedAt) {
    }

    private final String name;
    private final Function<K, Optional<V>> reader;
    private final Predicate<V> cacheable;
    private final long maxStalenessMillis;
    private final int maxEntries;
    private final LongSupplier clock;
    private final Executor refresher;
    private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();
    private final Set<K> refreshing = ConcurrentHashMap.newKeySet();
    private final AtomicLong changes = new AtomicLong();

    private RefreshAheadCache(String name, Function<K, Optional<V>> reader, Predicate<V> cacheable,
                              Duration maxStaleness, int maxEntries, LongSupplier clock, Executor refresher) {
        this.name = name;
        this.reader = reader;
        this.cacheable = cacheable;
        this.maxStalenessMillis = maxStaleness.toMillis();
        this.maxEntries = maxEntries;
        this.clock = clock;
        this.refresher = refresher;
    }

    /**
     * A cache of what {@code reader} finds, refreshed on a daemon thread named after it.
     *
     * @param name what is cached, for the refresh thread's name and log lines (never a value)
     */
    public static <K, V> RefreshAheadCache<K, V> of(String name, Function<K, Optional<V>> reader,
                                                    Predicate<V> cacheable, Duration maxStaleness, int maxEntries,
                                                    LongSupplier clock) {
        return of(name, reader, cacheable, maxStaleness, maxEntries, clock, Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, name + "-refresh");
            thread.setDaemon(true);
            return thread;
        }));
    }

    /** The same, refreshed by {@code refresher}. */
    public static <K, V> RefreshAheadCache<K, V> of(String name, Function<K, Optional<V>> reader,
                                                    Predicate<V> cacheable, Duration maxStaleness, int maxEntries,
                                                    LongSupplier clock, Executor refresher) {
        if (maxStaleness.isNegative()) {
            throw new IllegalArgumentException("maxStaleness must not be negative");
        }
        return new RefreshAheadCache<>(name, reader, cacheable, maxStaleness, maxEntries, clock, refresher);
    }

    /** The value of {@code key}, at most {@code maxStaleness} old; empty when the database has none. */
    public Optional<V> get(K key) {
        long now = clock.getAsLong();
        Entry<V> entry = entries.get(key);
        if (entry != null && now - entry.loadedAt() < maxStalenessMillis) {
            if (now - entry.loadedAt() >= maxStalenessMillis / 2) {
                refreshLater(key);
            }
            return Optional.of(entry.value());
        }
        return read(key, now);
    }

    /** Forgets {@code key}, after a change to it on this node. */
    public void invalidate(K key) {
        changes.incrementAndGet();
        entries.remove(key);
    }

    /** Forgets every value {@code which} selects, after a change that touches them all (a tenant's setting). */
    public void invalidateIf(Predicate<V> which) {
        changes.incrementAndGet();
        entries.values().removeIf(entry -> which.test(entry.value()));
    }

    /** How many values are kept now. */
    public int size() {
        return entries.size();
    }

    private Optional<V> read(K key, long startedAt) {
        long before = changes.get();
        Optional<V> found = reader.apply(key);
        if (found.isPresent() && cacheable.test(found.get()) && maxStalenessMillis > 0 && changes.get() == before) {
            if (entries.size() >= maxEntries) {
                entries.clear();
            }
            entries.put(key, new Entry<>(found.get(), startedAt));
        } else if (found.isEmpty() || !cacheable.test(found.get())) {
            entries.remove(key);
        }
        return found;
    }

    private void refreshLater(K key) {
        if (!refreshing.add(key)) {
            return;
        }
        try {
            refresher.execute(() -> {
                try {
                    read(key, clock.getAsLong());
                } catch (RuntimeException e) {
                    LOG.warn("{}: an entry was not refreshed ({}); read again by a later request", name,
                            e.getClass().getName());
                } finally {
                    refreshing.remove(key);
                }
            });
        } catch (RuntimeException e) {
            refreshing.remove(key);
        }
    }
}
