package io.interven.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * SPI 1.3.0 lets a signal ask for the newest call that read a value ({@link AgentHistory#lastCallThatRead}) rather
 * than all of them; a history written against an older SPI (only {@code callsThatRead}) answers it with the first of
 * its own list.
 */
class Spi13AdditionsTest {
    private static final ValueHash HASH = new ValueHash("ab".repeat(32));
    private static final PastCall NEWER = new PastCall(Instant.ofEpochSecond(2_000), "crm", "get_record", "crm.example",
            Verb.READ, UUID.randomUUID());
    private static final PastCall OLDER = new PastCall(Instant.ofEpochSecond(1_000), "crm", "get_record", "crm.example",
            Verb.READ, UUID.randomUUID());

    /** A history as a plugin compiled against SPI 1.2 implements it: reads answered newest first. */
    private static final class SpiOneTwoHistory implements AgentHistory {
        private final List<PastCall> reads;

        SpiOneTwoHistory(List<PastCall> reads) {
            this.reads = reads;
        }

        @Override
        public List<PastCall> recentCalls(CallQuery query, Duration window, int limit) {
            return List.of();
        }

        @Override
        public long countCalls(CallQuery query, Duration window) {
            return 0;
        }

        @Override
        public Optional<Instant> firstUseOf(String toolName, String operation) {
            return Optional.empty();
        }

        @Override
        public Optional<Instant> firstCallTo(String host) {
            return Optional.empty();
        }

        @Override
        public ValueHash keyedHash(String value) {
            return HASH;
        }

        @Override
        public List<PastCall> callsThatRead(ValueHash hash, Duration window) {
            return hash.equals(HASH) ? reads : List.of();
        }
    }

    @Test
    void anOlderHistoryAnswersTheLastReadWithTheFirstOfItsReads() {
        AgentHistory older = new SpiOneTwoHistory(List.of(NEWER, OLDER));

        assertThat(older.lastCallThatRead(HASH, Duration.ofHours(1))).contains(NEWER);
        assertThat(older.lastCallThatRead(new ValueHash("cd".repeat(32)), Duration.ofHours(1))).isEmpty();
        assertThat(new SpiOneTwoHistory(List.of()).lastCallThatRead(HASH, Duration.ofHours(1))).isEmpty();
    }

    @Test
    void noHistoryHasReadNothing() {
        assertThat(AgentHistory.none().lastCallThatRead(HASH, Duration.ofDays(1))).isEmpty();
    }
}
