package io.interven.plugin.pii;

import static org.assertj.core.api.Assertions.assertThat;

import io.interven.spi.DataClasses;
import io.interven.spi.DetectionContext;
import io.interven.spi.FieldLocation;
import io.interven.spi.Finding;
import io.interven.spi.ScanField;
import java.util.List;

/** Runs one recognizer over a field and answers the texts it found, checking type and class on the way. */
final class RecognizerProbe {
    private final PiiRecognizer recognizer;
    private final String entityType;

    RecognizerProbe(PiiRecognizer recognizer, String entityType) {
        this.recognizer = recognizer;
        this.entityType = entityType;
    }

    /** What the recognizer finds in a body string filed under {@code note}. */
    List<String> found(String text) {
        return found("$.note", "note", text);
    }

    /** What the recognizer finds in a body value at {@code path}, filed under {@code key}. */
    List<String> found(String path, String key, String text) {
        return found(new ScanField(path, FieldLocation.BODY, key, text));
    }

    /** Asserts that exactly {@code value} is found in each template, {@code %s} standing for the value. */
    void findsIn(String value, String... templates) {
        for (String template : templates) {
            assertThat(found(template.formatted(value))).as(template).containsExactly(value);
        }
    }

    List<String> found(ScanField field) {
        return found(field, DetectionContext.none());
    }

    /** What the recognizer finds in a body string filed under {@code note}, in a call with these region hints. */
    List<String> foundWithHints(String text, String... regions) {
        return found(new ScanField("$.note", FieldLocation.BODY, "note", text), DetectionContext.ofRegions(regions));
    }

    List<String> found(ScanField field, DetectionContext context) {
        List<Finding> findings = recognizer.recognize(field, context);
        assertThat(findings).allSatisfy(f -> {
            assertThat(f.entityType()).isEqualTo(entityType);
            assertThat(f.dataClass()).isEqualTo(DataClasses.PII);
            assertThat(f.ruleId()).isEqualTo(recognizer.id());
            assertThat(f.path()).isEqualTo(field.path());
        });
        return findings.stream().map(f -> field.text().substring(f.start(), f.end())).toList();
    }
}
