package io.interven.gateway.core.normalize;

import io.interven.spi.Finding;
import io.interven.spi.ScanField;
import java.util.Objects;

/**
 * A field of a call and the field detectors are shown: the same path and location, with the text (and key)
 * normalized. Findings on the normalized field map back to the original text, where the sanitizer redacts them.
 */
public final class NormalizedField {
    private final ScanField original;
    private final ScanField scanned;
    private final NormalizedText text;

    private NormalizedField(ScanField original, ScanField scanned, NormalizedText text) {
        this.original = original;
        this.scanned = scanned;
        this.text = text;
    }

    /** True when normalization leaves the field as it is (all ASCII, no stray control): one pass over its characters. */
    public static boolean isPlain(ScanField field) {
        return TextNormalizer.isPlain(field.text()) && (field.key() == null || TextNormalizer.isPlain(field.key()));
    }

    public static NormalizedField of(ScanField field) {
        if (isPlain(field)) {
            return new NormalizedField(field, field, null);
        }
        NormalizedText text = TextNormalizer.normalize(field.text());
        String key = TextNormalizer.normalizedString(field.key());
        ScanField scanned = text.isUnchanged() && Objects.equals(key, field.key()) ? field
                : new ScanField(field.path(), field.location(), key, text.text());
        return new NormalizedField(field, scanned, text.isUnchanged() ? null : text);
    }

    public ScanField original() {
        return original;
    }

    /** What detectors scan. */
    public ScanField scanned() {
        return scanned;
    }

    /** The normalized text. */
    public String text() {
        return scanned.text();
    }

    public boolean isUnchanged() {
        return text == null;
    }

    /** Where a normalized span starting at {@code start} starts in the original text. */
    public int originalStart(int start) {
        return text == null ? start : text.originalStart(start);
    }

    /** Where a normalized span ending at {@code end} ends in the original text. */
    public int originalEnd(int end) {
        return text == null ? end : text.originalEnd(end);
    }

    /** {@code finding}, made on the normalized field, with its span in the original text. */
    public Finding toOriginal(Finding finding) {
        if (text == null) {
            return finding;
        }
        return new Finding(finding.entityType(), finding.dataClass(), finding.path(), finding.location(),
                text.originalStart(finding.start()), text.originalEnd(finding.end()), finding.confidence(),
                finding.ruleId(), finding.issuerDomains());
    }
}
