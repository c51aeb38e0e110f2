package io.interven.plugin.pii;

import io.interven.spi.ScanField;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * US Social Security numbers written {@code NNN-NN-NNNN} or {@code NNN NN NNNN}, and nine bare digits when a
 * context word ({@code ssn}, {@code social security}, ...) is the field's key or stands just before them. The
 * digits must follow the issuing rules ({@link UsSsnRules}) and must not be part of a longer number or token.
 */
final class UsSsnRecognizer extends PatternRecognizer {
    static final String ENTITY_TYPE = "US_SSN";
    private static final double CONFIDENCE_WITH_CONTEXT = 0.95;
    private static final double CONFIDENCE_DASHED = 0.75;
    private static final double CONFIDENCE_SPACED = 0.6;
    private static final Pattern CANDIDATE = Pattern.compile("(?<![A-Za-z0-9_.\\-/+:#@$])(?<!\\d )"
            + "(\\d{3})([- ]?)(\\d{2})\\2(\\d{4})(?![A-Za-z0-9_@]|[.\\-/:,]\\d| \\d)");
    private static final ContextWords CONTEXT = ContextWords.of("ssn", "ssns", "social security", "social sec",
            "ss#", "ss no", "soc sec");

    UsSsnRecognizer() {
        super(ENTITY_TYPE, CANDIDATE);
    }

    @Override
    public String id() {
        return "us-ssn";
    }

    /**
     * Nine digits, bare or grouped by single spaces or dashes, and no more in the chain: the look-behind rules out
     * a digit, a dash or a digit and a space before; the look-ahead a digit, a dash or space and a digit after.
     */
    @Override
    public boolean mayMatch(TextProfile profile) {
        return profile.nineDigitGroup;
    }

    @Override
    double confidence(ScanField field, Matcher match) {
        if (!UsSsnRules.isIssuable(match.group(1) + match.group(3) + match.group(4))) {
            return REJECTED;
        }
        if (CONTEXT.near(field, match.start())) {
            return CONFIDENCE_WITH_CONTEXT;
        }
        return switch (match.group(2)) {
            case "-" -> CONFIDENCE_DASHED;
            case " " -> CONFIDENCE_SPACED;
            default -> REJECTED; // nine bare digits need a context word
        };
    }
}
