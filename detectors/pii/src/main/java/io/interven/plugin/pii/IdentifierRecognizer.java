package io.interven.plugin.pii;

import io.interven.spi.ScanField;
import java.util.regex.Matcher;

/**
 * A national, tax, health, bank or asset identifier of one {@link IdentifierFormat}: candidates by its pattern,
 * tried only where its first character stands at a token start, then its check. A candidate the check finds
 * distinctive is reported at the format's confidence (higher with a context word); one whose shape is common
 * (nine bare digits with a one-digit checksum) only when a context word names it, in the field's key or just
 * before it.
 */
final class IdentifierRecognizer extends PatternRecognizer {
    static final double CONFIDENCE_WITH_CONTEXT = 0.95;
    static final double CONFIDENCE_NEEDING_CONTEXT = 0.85;

    private final IdentifierFormat format;

    /** A finding whose context word named it: only those reach {@link #CONFIDENCE_NEEDING_CONTEXT}. */
    static boolean isNamedByContext(io.interven.spi.Finding finding) {
        return finding.confidence() >= CONFIDENCE_NEEDING_CONTEXT;
    }

    IdentifierRecognizer(IdentifierFormat format) {
        super(format.entityType(), format.candidate(), format::nextStart);
        this.format = format;
    }

    @Override
    public String id() {
        return format.ruleId();
    }

    String entityType() {
        return format.entityType();
    }

    @Override
    public boolean mayMatch(TextProfile profile) {
        return format.mayMatch().test(profile);
    }

    @Override
    boolean isWorthMatching(ScanField field) {
        return !format.gated() || format.context().mayBeIn(field);
    }

    @Override
    double confidence(ScanField field, Matcher match) {
        return confidence(format, field, match);
    }

    /** How confident a candidate {@code match} of {@code format} in {@code field} is, or {@link #REJECTED}. */
    static double confidence(IdentifierFormat format, ScanField field, Matcher match) {
        return confidence(format, field, match, format.check().judge(match));
    }

    /**
     * How confident a candidate {@code match} of {@code format} that its check judged {@code verdict} is. Digit groups
     * among the codes of a hex table ({@link HexCodeTable}) count only with a context word.
     */
    static double confidence(IdentifierFormat format, ScanField field, Matcher match,
            IdentifierFormat.Verdict verdict) {
        return switch (verdict) {
            case REJECTED -> REJECTED;
            case NEEDS_CONTEXT -> format.context().near(field, match.start()) ? CONFIDENCE_NEEDING_CONTEXT : REJECTED;
            case VALID -> format.context().near(field, match.start()) ? CONFIDENCE_WITH_CONTEXT
                    : HexCodeTable.holdsGroupsAt(field.text(), match.start(), match.end()) ? REJECTED
                    : format.confidence();
        };
    }
}
