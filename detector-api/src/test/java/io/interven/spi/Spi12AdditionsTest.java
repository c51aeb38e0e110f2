package io.interven.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * SPI 1.2.0 gives detectors the call's {@link DetectionContext} (region hints) through a default method, so that a
 * detector written against 1.1 (only {@code detect(field)}) behaves as before when the gateway calls the new one.
 */
class Spi12AdditionsTest {
    static final ScanField FIELD = new ScanField("$.note", FieldLocation.BODY, "note", "call 030 1234567");

    @Test
    void aDetectorWrittenAgainstAnOlderSpiAnswersTheNewCallWithItsOwn() {
        List<ScanField> seen = new ArrayList<>();
        Detector older = new Detector() {
            @Override
            public String id() {
                return "older";
            }

            @Override
            public List<Finding> detect(ScanField field) {
                seen.add(field);
                return List.of(field.finding("X", DataClasses.PII, 5, 8, 0.5, "x"));
            }
        };

        List<Finding> found = older.detect(FIELD, DetectionContext.ofRegions("DE"));

        assertThat(seen).containsExactly(FIELD);
        assertThat(found).extracting(Finding::start).containsExactly(5);
    }

    @Test
    void aDetectorThatReadsTheContextSeesItsHints() throws Exception {
        Detector aware = new Detector() {
            @Override
            public String id() {
                return "aware";
            }

            @Override
            public List<Finding> detect(ScanField field) {
                return detect(field, DetectionContext.none());
            }

            @Override
            public List<Finding> detect(ScanField field, DetectionContext context) {
                return context.regionHints().contains("DE")
                        ? List.of(field.finding("PHONE_NUMBER", DataClasses.PII, 5, 16, 0.7, "p")) : List.of();
            }
        };

        assertThat(aware.detect(FIELD)).isEmpty();
        assertThat(aware.detect(FIELD, DetectionContext.ofRegions("de"))).hasSize(1);
        assertThat(Detector.class.getMethod("detect", ScanField.class, DetectionContext.class).isDefault()).isTrue();
    }

    @Test
    void regionHintsAreUpperCaseIsoCodesWithoutRepeats() {
        assertThat(DetectionContext.ofRegions("de", "BR", "De").regionHints()).containsExactly("DE", "BR");
        assertThat(new DetectionContext(null).regionHints()).isEmpty();
        assertThat(DetectionContext.none().regionHints()).isEmpty();
    }

    @Test
    void aContextHoldsAtMostThreeWellFormedHints() {
        assertThatThrownBy(() -> DetectionContext.ofRegions("DE", "FR", "BR", "JP"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 3");
        for (String bad : Arrays.asList("DEU", "D", "d3", "", "é1")) {
            assertThatThrownBy(() -> DetectionContext.ofRegions(bad)).as(bad)
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> new DetectionContext(Arrays.asList("DE", null)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
