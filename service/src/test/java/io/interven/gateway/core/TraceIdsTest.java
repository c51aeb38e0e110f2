package io.interven.gateway.core;

import static io.interven.gateway.core.CallInputs.call;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Trace ids grow with time (version 7), so that the traces' index appends, and stay unguessable within a ms. */
class TraceIdsTest {
    @Test
    void anIdIsAVersionSevenUuidWithItsMillisecondFirst() {
        long millis = 0x0191_2345_6789L;
        UUID id = new TraceIds(() -> millis).nextId();

        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(millis);
        assertThat(id.toString()).startsWith("01912345-6789-7");
    }

    @Test
    void laterIdsSortAfterEarlierOnesInTheDatabasesOrder() {
        AtomicLong clock = new AtomicLong(1_700_000_000_000L);
        TraceIds ids = new TraceIds(clock::get);
        List<String> made = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            made.add(ids.nextId().toString());
            clock.incrementAndGet();
        }

        assertThat(made).isSorted();
    }

    @Test
    void idsOfOneMillisecondDifferInTheirSeventyFourRandomBits() {
        TraceIds ids = new TraceIds(() -> 1_700_000_000_000L);
        Set<UUID> seen = new HashSet<>();
        long randomBitsSet = 0;
        for (int i = 0; i < 10_000; i++) {
            UUID id = ids.nextId();
            seen.add(id);
            randomBitsSet |= id.getLeastSignificantBits() & 0x3FFF_FFFF_FFFF_FFFFL;
        }

        assertThat(seen).hasSize(10_000);
        assertThat(randomBitsSet).isEqualTo(0x3FFF_FFFF_FFFF_FFFFL);
    }

    @Test
    void theScanPipelineNamesItsTracesSo() {
        long before = System.currentTimeMillis();
        UUID traceId = PipelineFixture.withDetectors().scan(call("POST", "https://hooks.slack.com/services/T0/B0/x",
                Map.of(), "{\"text\":\"hello\"}")).traceId();

        assertThat(traceId.version()).isEqualTo(7);
        assertThat(traceId.getMostSignificantBits() >>> 16).isBetween(before, System.currentTimeMillis());
    }
}
