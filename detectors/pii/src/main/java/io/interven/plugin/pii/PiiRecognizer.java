package io.interven.plugin.pii;

import io.interven.spi.DetectionContext;
import io.interven.spi.Finding;
import io.interven.spi.ScanField;
import java.util.List;

/**
 * Recognizes one kind of personal data in a text field: a pattern finds candidates, validators (checksums,
 * issuer ranges, context) keep the real ones. Implementations are stateless and thread-safe.
 */
interface PiiRecognizer {

    /** The rule id reported with findings, for example {@code email}. */
    String id();

    List<Finding> recognize(ScanField field);

    /**
     * What {@link #recognize(ScanField)} finds, knowing the call's {@code context} (its region hints). By default
     * the context is not read.
     */
    default List<Finding> recognize(ScanField field, DetectionContext context) {
        return recognize(field);
    }

    /**
     * What {@link #recognize(ScanField, DetectionContext)} finds, given the {@code profile} of the field's text
     * (which holds its characters, for a recognizer that reads them one by one). By default the profile is not read.
     */
    default List<Finding> recognize(ScanField field, DetectionContext context, TextProfile profile) {
        return recognize(field, context);
    }

    /**
     * False only when no candidate can occur in a text with this {@code profile}, so that {@link #recognize} would
     * find nothing: a precondition, never a judgement. True by default.
     */
    default boolean mayMatch(TextProfile profile) {
        return true;
    }
}
