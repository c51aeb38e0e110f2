package io.interven.plugin.pii;

import static org.assertj.core.api.Assertions.assertThat;

import io.interven.spi.FieldLocation;
import io.interven.spi.Finding;
import io.interven.spi.ScanField;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The per-field caps on costly checks never hide a value: after 10,000 decoys that use up every cap, a real value is
 * still found (the cheap judgement past a cap errs towards reporting).
 */
class DecoyFloodTest {
    private static final int DECOYS = 10_000;
    private final PiiDetector detector = new PiiDetector();

    @Test
    void findsAPhoneNumberAfterTenThousandPhoneNumbers() {
        StringBuilder text = new StringBuilder();
        Random random = new Random(1);
        for (int i = 0; i < DECOYS; i++) {
            text.append("+1 415 555 ").append(String.format("%04d", random.nextInt(10_000))).append('\n');
        }
        String real = "020 7946 0958";
        text.append("call me at ").append(real);

        assertThat(values(text.toString(), "PHONE_NUMBER")).hasSizeGreaterThan(DECOYS - 1).endsWith(real);
    }

    @Test
    void findsACardAndAnSsnAfterTenThousandNearMisses() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < DECOYS; i++) {
            text.append("4111 1111 1111 1112 000-12-3456 ");
        }
        String card = "4111 1111 1111 1111";
        String ssn = "586-89-0268";
        text.append(card).append(' ').append(ssn);

        assertThat(values(text.toString(), "CREDIT_CARD")).containsExactly(card);
        assertThat(values(text.toString(), "US_SSN")).containsExactly(ssn);
    }

    private java.util.List<String> values(String text, String type) {
        ScanField field = new ScanField("$.note", FieldLocation.BODY, "note", text);
        return detector.detect(field).stream().filter(f -> f.entityType().equals(type))
                .sorted(java.util.Comparator.comparingInt(Finding::start))
                .map(f -> text.substring(f.start(), f.end())).toList();
    }
}
