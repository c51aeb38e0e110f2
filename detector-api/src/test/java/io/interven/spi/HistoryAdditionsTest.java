package io.interven.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The SPI 1.1.0 additions for recorded history: an {@link AgentHistory} written against SPI 1.0 (none of the new
 * methods) is unknown and knows no warm-up; {@link ComparableValues} forms the values a signal and the gateway
 * compare.
 */
class HistoryAdditionsTest {

    /** A history as a plugin compiled against SPI 1.0 implements it. */
    private static final class SpiOneHistory implements AgentHistory {
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
            return Optional.of(Instant.EPOCH);
        }

        @Override
        public Optional<Instant> firstCallTo(String host) {
            return Optional.of(Instant.EPOCH);
        }

        @Override
        public ValueHash keyedHash(String value) {
            return new ValueHash("0".repeat(64));
        }

        @Override
        public List<PastCall> callsThatRead(ValueHash hash, Duration window) {
            return List.of();
        }
    }

    @Test
    void aHistoryWithoutTheNewMethodsIsUnknownWithNothingRecorded() {
        AgentHistory old = new SpiOneHistory();

        assertThat(old.known()).isFalse();
        assertThat(old.callsRecorded()).isZero();
        assertThat(old.firstSeen()).isEmpty();
        assertThat(old.firstUseOfTool("github")).isEmpty();
        assertThat(old.typicalCallsPerMinute()).isZero();
        assertThat(AgentHistory.none().known()).isFalse();
    }

    @Test
    void valuesCompareByTheirLettersAndDigitsAndFragmentsByTheirWords() {
        assertThat(ComparableValues.ofValue("4111 1111-1111 1111")).isEqualTo(ComparableValues.ofValue(
                "4111111111111111"));
        assertThat(ComparableValues.ofValue("Jane.Doe@Example.com")).isEqualTo(ComparableValues.ofValue(
                "jane.doe@example.com"));
        assertThat(ComparableValues.ofValue("ＡＢＣ１２３")).as("NFKC").isEqualTo(ComparableValues.ofValue("abc123"));
        assertThat(ComparableValues.ofValue("4111")).isEmpty();
        assertThat(ComparableValues.ofFragment("The renewal\tis  due\nin March, says Jane"))
                .isEqualTo(ComparableValues.ofFragment("the renewal is due in march, says jane"));
        assertThat(ComparableValues.ofFragment("too short")).isEmpty();
        assertThat(ComparableValues.ofValue("abcdefghijklmnopqrstuvwxyz")).isNotEqualTo(
                ComparableValues.ofFragment("abcdefghijklmnopqrstuvwxyz"));
    }
}
