package io.interven.plugin.pii;

import io.interven.spi.DataClasses;
import io.interven.spi.Finding;
import io.interven.spi.ScanField;
import java.util.List;

/**
 * Person names, street addresses, dates of birth and passport numbers in structured payloads, recognized by the
 * name of the field that holds them ({@code full_name}, {@code first_name}, {@code customer.name},
 * {@code address.line1}, {@code dob}, {@code passport_number}; see {@link StructuredField}) and a check of the
 * value. Never from free prose (a name in a sentence needs a language model, not a pattern; the prose recognizers
 * read names and dates of birth only right after a strong cue). The whole value is
 * reported. Object keys themselves (paths ending in {@code |key}) are not values and are skipped.
 */
final class StructuredFieldRecognizer implements PiiRecognizer {
    private static final double CONFIDENCE = 0.85;
    private static final String KEY_PATH_SUFFIX = "|key";

    @Override
    public String id() {
        return "structured-field";
    }

    @Override
    public List<Finding> recognize(ScanField field) {
        if (field.key() == null || field.path().endsWith(KEY_PATH_SUFFIX)) {
            return List.of();
        }
        if (!StructuredField.mayBeKey(FieldKey.lastName(field.path(), field.key()))) {
            return List.of();
        }
        String text = field.text();
        String value = text.strip();
        if (value.isEmpty()) {
            return List.of();
        }
        return StructuredField.of(FieldKey.chainTail(field.path(), field.key()), value)
                .map(kind -> {
                    int start = text.indexOf(value);
                    return List.of(field.finding(kind.entityType(), DataClasses.PII, start, start + value.length(),
                            CONFIDENCE, id()));
                })
                .orElse(List.of());
    }
}
