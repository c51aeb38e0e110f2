package io.interven.gateway.history;

import java.util.Locale;
import java.util.UUID;

/**
 * What holding a read costs once the read-value cache is full, when one value has been read very many times (a record
 * an agent fetches on every task): the cache holds {@code -Dreads} (default 200,000) reads of one value, all of its
 * capacity, and each read added then drops the oldest. Prints microseconds a read added, for three rounds. The cache
 * is package-private, so this stands in its package; the benchmarks' jar puts both on one class path.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar io.interven.gateway.history.ReadValueEvictionCost</pre>
 */
public final class ReadValueEvictionCost {
    private static final int ADDED = 50_000;

    private ReadValueEvictionCost() {
    }

    public static void main(String[] args) {
        int reads = Integer.getInteger("reads", 200_000);
        UUID tenant = UUID.randomUUID();
        String hash = "ab".repeat(32);
        for (int round = 0; round < 3; round++) {
            ReadValueCache cache = new ReadValueCache(reads);
            long at = 0;
            for (int i = 0; i < reads; i++) {
                cache.add(read(tenant, hash, at++));
            }
            long start = System.nanoTime();
            for (int i = 0; i < ADDED; i++) {
                cache.add(read(tenant, hash, at++));
            }
            System.out.printf(Locale.ROOT, "%.2f us a read added past capacity (%d reads of one value held)%n",
                    (System.nanoTime() - start) / 1000.0 / ADDED, cache.size());
        }
    }

    private static ReadValue read(UUID tenant, String hash, long at) {
        return new ReadValue(tenant, hash, UUID.randomUUID(), "agent", at, "crm", "get_record", "crm.example", at);
    }
}
