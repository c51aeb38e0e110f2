package io.interven.plugin.pii;

import io.interven.spi.ScanField;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * UK National Insurance numbers: two prefix letters, six digits and a suffix A-D, written together
 * ({@code QQ123456C} is the published example and is left out) or in pairs ({@code AB 12 34 56 C}). HMRC never
 * issues D, F, I, Q, U or V as either prefix letter, nor O as the second, nor the prefixes BG, GB, KN, NK, NT, TN
 * and ZZ. The number must not be part of a longer token.
 */
final class UkNinoRecognizer extends PatternRecognizer {
    static final String ENTITY_TYPE = "UK_NINO";
    private static final double CONFIDENCE_WITH_CONTEXT = 0.95;
    private static final double CONFIDENCE = 0.75;
    private static final Pattern CANDIDATE = Pattern.compile(
            "(?<![A-Za-z0-9_\\-/.+])([A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z])"
                    + "(?:(\\d{6})|( \\d{2} \\d{2} \\d{2} ))([A-D])(?![A-Za-z0-9_\\-/]|\\.\\w)");
    private static final Set<String> UNISSUED_PREFIXES = Set.of("BG", "GB", "KN", "NK", "NT", "TN", "ZZ");
    private static final ContextWords CONTEXT = ContextWords.of("nino", "national insurance", "ni number", "ni no",
            "nin", "insurance number");

    UkNinoRecognizer() {
        super(ENTITY_TYPE, CANDIDATE, UkNinoRecognizer::nextStart);
    }

    /**
     * Where {@link #CANDIDATE} may match: two upper-case letters, then a digit or a space, after a character the
     * look-behind allows.
     */
    static int nextStart(String text, int from) {
        int last = text.length() - 3;
        for (int i = Math.max(from, 0); i <= last; i++) {
            if (isUpper(text.charAt(i)) && isUpper(text.charAt(i + 1))
                    && (CandidateStarts.isDigit(text.charAt(i + 2)) || text.charAt(i + 2) == ' ')
                    && (i == 0 || !isGluedBefore(text.charAt(i - 1)))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    /** What the look-behind rules out: {@code [A-Za-z0-9_\-/.+]}. */
    private static boolean isGluedBefore(char c) {
        return CandidateStarts.isAsciiLetterOrDigit(c) || c == '_' || c == '-' || c == '/' || c == '.' || c == '+';
    }

    @Override
    public String id() {
        return "uk-nino";
    }

    /** Two upper-case letters, then six digits, together or in pairs. */
    @Override
    public boolean mayMatch(TextProfile profile) {
        return profile.longestGroupedDigits >= 6 && profile.upperCaseLetters >= 2;
    }

    @Override
    double confidence(ScanField field, Matcher match) {
        if (UNISSUED_PREFIXES.contains(match.group(1))) {
            return REJECTED;
        }
        return CONTEXT.near(field, match.start()) ? CONFIDENCE_WITH_CONTEXT : CONFIDENCE;
    }
}
