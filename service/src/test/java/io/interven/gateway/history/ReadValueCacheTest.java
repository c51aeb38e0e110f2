package io.interven.gateway.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The reads of values held for the signals: newest first, each trace once, within a tenant and an agent, forgotten
 * by age and by capacity; checked against a plain list of every read over random sequences of reads (late ones
 * too, as a refresh brings other nodes' reads), repeats, prunes and a small capacity.
 */
class ReadValueCacheTest {
    private static final UUID TENANT = UUID.randomUUID();
    private static final UUID OTHER_TENANT = UUID.randomUUID();
    private static final long NOW = 1_767_225_600_000L;
    private static final String HASH = "ab".repeat(32);
    private static final Comparator<ReadValue> NEWEST_FIRST = Comparator.comparingLong(ReadValue::readAt).reversed();

    private static ReadValue read(UUID tenant, String hash, String agent, long at, UUID trace) {
        return new ReadValue(tenant, hash, trace, agent, at, "crm", "get_record", "crm.example", at);
    }

    @Test
    void aValueReadManyTimesAnswersItsNewestReadOfTheAgentOrOfTheTenant() {
        ReadValueCache cache = new ReadValueCache(1_000_000);
        UUID last = null;
        for (int i = 0; i < 20_000; i++) {
            last = UUID.randomUUID();
            cache.add(read(TENANT, HASH, "agent-a", NOW + i, last));
        }
        UUID otherAgents = UUID.randomUUID();
        cache.add(read(TENANT, HASH, "agent-b", NOW - 5, otherAgents));

        assertThat(cache.newestRead(TENANT, HASH, "agent-a", NOW).map(ReadValue::sourceTraceId)).contains(last);
        assertThat(cache.newestRead(TENANT, HASH, null, NOW).map(ReadValue::sourceTraceId)).contains(last);
        assertThat(cache.newestRead(TENANT, HASH, "agent-b", NOW - 10).map(ReadValue::sourceTraceId))
                .contains(otherAgents);
        assertThat(cache.newestRead(TENANT, HASH, "agent-b", NOW)).isEmpty();
        assertThat(cache.newestRead(TENANT, HASH, "agent-c", 0)).isEmpty();
        assertThat(cache.newestRead(OTHER_TENANT, HASH, null, 0)).isEmpty();
        assertThat(cache.newestRead(TENANT, HASH, "agent-a", NOW + 20_000)).isEmpty();
        assertThat(cache.readsOf(TENANT, HASH, null, NOW + 19_990)).hasSize(10);
        assertThat(cache.size()).isEqualTo(20_001);
    }

    @Test
    void everyAnswerIsThatOfAPlainListOfTheReadsHeld() {
        Random random = new Random(11);
        int capacity = 300;
        ReadValueCache cache = new ReadValueCache(capacity);
        List<ReadValue> held = new ArrayList<>(); // in the order they were added: the oldest added is dropped first
        List<ReadValue> added = new ArrayList<>();
        String[] hashes = {HASH, "cd".repeat(32), "ef".repeat(32)};
        String[] agents = {"agent-a", "agent-b", "agent-c"};
        UUID[] tenants = {TENANT, OTHER_TENANT};
        long now = NOW;
        for (int step = 0; step < 20_000; step++) {
            int what = random.nextInt(10);
            if (what < 6) {
                // a read now, or a late one (another node's, brought by a refresh), sometimes at the same instant
                long at = random.nextInt(4) == 0 ? now - random.nextInt(60_000) : now - random.nextInt(2);
                ReadValue read = read(tenants[random.nextInt(2)], hashes[random.nextInt(3)],
                        agents[random.nextInt(3)], at, UUID.randomUUID());
                add(cache, held, read);
                added.add(read);
            } else if (what == 6 && !added.isEmpty()) {
                // a read brought again by a refresh is not held twice
                add(cache, held, added.get(random.nextInt(added.size())));
            } else if (what == 7 && random.nextInt(20) == 0) {
                long before = now - random.nextInt(120_000);
                cache.forgetBefore(before);
                held.removeIf(read -> read.readAt() < before);
            } else {
                now += random.nextInt(1_000);
            }
            UUID tenant = tenants[random.nextInt(2)];
            String hash = hashes[random.nextInt(3)];
            String agent = random.nextBoolean() ? null : agents[random.nextInt(3)];
            long since = now - random.nextInt(90_000);
            List<ReadValue> expected = held.stream()
                    .filter(read -> read.tenantId().equals(tenant) && read.valueHash().equals(hash)
                            && (agent == null || agent.equals(read.agentId())) && read.readAt() >= since)
                    .sorted(NEWEST_FIRST).toList();
            assertThat(cache.readsOf(tenant, hash, agent, since)).as("step %d", step).isEqualTo(expected);
            Optional<ReadValue> newest = expected.stream().findFirst();
            assertThat(cache.newestRead(tenant, hash, agent, since)).as("step %d", step).isEqualTo(newest);
            assertThat(cache.size()).as("step %d", step).isEqualTo(held.size());
        }
    }

    @Test
    void readsAddedFromManyThreadsAtOnceAreEachHeldOnceInTimeOrderWithinTheCapacity() throws Exception {
        for (int capacity : new int[] {1_000_000, 1_000}) {
            ReadValueCache cache = new ReadValueCache(capacity);
            java.util.concurrent.atomic.AtomicLong clock = new java.util.concurrent.atomic.AtomicLong(NOW);
            java.util.concurrent.atomic.AtomicReference<AssertionError> unordered =
                    new java.util.concurrent.atomic.AtomicReference<>();
            List<Thread> threads = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                String agent = "agent-" + t;
                threads.add(new Thread(() -> {
                    for (int i = 0; i < 5_000; i++) {
                        ReadValue read = read(TENANT, HASH, agent, clock.getAndIncrement(), UUID.randomUUID());
                        cache.add(read);
                        cache.add(read); // the same read again (a refresh): held once
                    }
                }));
            }
            threads.add(new Thread(() -> {
                for (int i = 0; i < 2_000; i++) {
                    List<ReadValue> reads = cache.readsOf(TENANT, HASH, null, 0);
                    for (int k = 1; k < reads.size(); k++) {
                        if (reads.get(k - 1).readAt() < reads.get(k).readAt()) {
                            unordered.set(new AssertionError("not newest first while reads were added"));
                        }
                    }
                }
            }));
            threads.forEach(Thread::start);
            for (Thread thread : threads) {
                thread.join();
            }

            int held = Math.min(capacity, 20_000);
            assertThat(unordered.get()).isNull();
            assertThat(cache.size()).isEqualTo(held);
            List<ReadValue> all = cache.readsOf(TENANT, HASH, null, 0);
            assertThat(all).hasSize(held).isSortedAccordingTo(NEWEST_FIRST)
                    .extracting(ReadValue::sourceTraceId).doesNotHaveDuplicates();
            int byAgents = 0;
            for (int t = 0; t < 4; t++) {
                byAgents += cache.readsOf(TENANT, HASH, "agent-" + t, 0).size();
            }
            assertThat(byAgents).as("each agent's reads are the tenant's").isEqualTo(held);
            assertThat(cache.newestRead(TENANT, HASH, null, 0)).contains(all.get(0));
        }
    }

    /** What the cache does with a read, on the plain list: held once, the oldest added dropped past capacity. */
    private static void add(ReadValueCache cache, List<ReadValue> held, ReadValue read) {
        cache.add(read);
        boolean known = held.stream().anyMatch(h -> h.tenantId().equals(read.tenantId())
                && h.valueHash().equals(read.valueHash()) && h.sourceTraceId().equals(read.sourceTraceId()));
        if (!known) {
            held.add(read);
            if (held.size() > 300) {
                held.remove(0);
            }
        }
    }
}
