package io.interven.gateway.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.interven.spi.DataClasses;
import io.interven.spi.Detector;
import io.interven.spi.FieldLocation;
import io.interven.spi.Finding;
import io.interven.spi.ScanField;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Detectors see normalized text; their findings come back on the original field, spans in the original text. */
class DetectorRunnerNormalizationTest {
    static final String TOKEN = "tok_abcdef12";

    final List<ScanField> seen = new ArrayList<>();
    final Detector tokens = FakePlugins.detector("tokens", field -> {
        seen.add(field);
        int at = field.text().indexOf(TOKEN);
        return at < 0 ? List.of()
                : List.of(field.finding("TOKEN", DataClasses.SECRETS, at, at + TOKEN.length(), 1.0, "token"));
    });

    @Test
    void detectorsSeeTheNormalizedTextAndFindingsMapToTheOriginalSpan() {
        String original = "key: ｔｏｋ_\u200Babc\u0501\u0435f\uD835\uDFCF2 end";
        ScanField field = new ScanField("$.note", FieldLocation.BODY, "ｎｏｔｅ", original);

        List<Finding> found = new DetectorRunner(List.of(tokens)).detect(List.of(field));

        assertThat(seen).singleElement().satisfies(f -> {
            assertThat(f.text()).isEqualTo("key: tok_abcdef12 end");
            assertThat(f.key()).isEqualTo("note");
            assertThat(f.path()).isEqualTo("$.note");
        });
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo("$.note");
            assertThat(original.substring(f.start(), f.end())).isEqualTo("ｔｏｋ_\u200Babc\u0501\u0435f\uD835\uDFCF2");
        });
    }

    @Test
    void asciiFieldsAreHandedOverAsTheyAre() {
        ScanField field = new ScanField("$.note", FieldLocation.BODY, "note", "use " + TOKEN);

        List<Finding> found = new DetectorRunner(List.of(tokens)).detect(List.of(field));

        assertThat(seen).singleElement().isSameAs(field);
        assertThat(found).singleElement().satisfies(f -> assertThat(f.start()).isEqualTo(4));
    }
}
