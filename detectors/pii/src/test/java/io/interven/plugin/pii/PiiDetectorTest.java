package io.interven.plugin.pii;

import static org.assertj.core.api.Assertions.assertThat;

import io.interven.spi.FieldLocation;
import io.interven.spi.Finding;
import io.interven.spi.ScanField;
import java.util.List;
import org.junit.jupiter.api.Test;

class PiiDetectorTest {
    private final PiiDetector detector = new PiiDetector();

    @Test
    void reportsEveryRecognizersFindingsWithFieldPathAndSpan() {
        String text = "Refund jane.doe@example.com, card 4111 1111 1111 1111, order 2024-000123.";
        ScanField field = new ScanField("$.messages[1].content", FieldLocation.BODY, "content", text);

        List<Finding> findings = detector.detect(field);

        assertThat(findings).extracting(Finding::entityType).containsExactlyInAnyOrder("EMAIL_ADDRESS", "CREDIT_CARD");
        assertThat(findings).allSatisfy(f -> {
            assertThat(f.path()).isEqualTo("$.messages[1].content");
            assertThat(f.location()).isEqualTo(FieldLocation.BODY);
            assertThat(f.issuerDomains()).isEmpty();
        });
        assertThat(findings).extracting(f -> text.substring(f.start(), f.end()))
                .containsExactlyInAnyOrder("jane.doe@example.com", "4111 1111 1111 1111");
    }

    @Test
    void findsNothingInOrdinaryText() {
        ScanField field = new ScanField("$.text", FieldLocation.BODY, "text",
                "Deploy 1733906400000 finished; request f0a7157a-edab-4d5d-a4a6-9fd50a652b4f; see lodash@4.17.21");
        assertThat(detector.detect(field)).isEmpty();
        assertThat(detector.id()).isEqualTo("pii");
    }
}
