package io.interven.plugin.pii;

import io.interven.spi.DataClasses;
import io.interven.spi.Finding;
import io.interven.spi.ScanField;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Payment card numbers: 12 to 19 digits, optionally grouped with spaces or dashes, that pass the Luhn check and
 * fall in a known issuer range of the right length. Digits that are part of a longer run of digits or of a word
 * (an order number, a UUID, a hash, a phone number written with {@code +}) are not considered. Twelve digits (only
 * Maestro issues them) are as often an account or order id, and JCB's 35 block outside its published ranges is
 * rare: these need a card word just before them or as the key ({@link CardIssuer#needsContext}).
 */
final class CreditCardRecognizer extends PatternRecognizer {
    static final String ENTITY_TYPE = "CREDIT_CARD";
    private static final double CONFIDENCE = 0.95;
    private static final int MIN_DIGITS = 12;
    private static final int MAX_DIGITS = 19;
    private static final Pattern CANDIDATE = Pattern.compile(
            "(?<![0-9A-Za-z_.,+\\-])(?<!\\d[ \\-])\\d(?:[ \\-]?\\d){11,18}(?![0-9A-Za-z_]|[.,\\-]\\d)");
    private static final ContextWords CONTEXT = ContextWords.of("card", "cards", "credit", "debit", "cc", "visa",
            "mastercard", "amex", "maestro", "pan", "payment", "cardholder", "charge");

    CreditCardRecognizer() {
        super(ENTITY_TYPE, CANDIDATE);
    }

    @Override
    public String id() {
        return "credit-card";
    }

    /** Twelve digits at least, grouped by single spaces or dashes. */
    @Override
    public boolean mayMatch(TextProfile profile) {
        return profile.longestGroupedDigits >= 12;
    }

    /**
     * A field that is nothing but digits (a JSON number, an id) is one candidate when it has 12 to 19 of them and
     * none otherwise: every digit but the first has a digit before it, and a shorter match would have one after it.
     */
    @Override
    List<Finding> withoutPattern(ScanField field) {
        String text = field.text();
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return null;
            }
        }
        if (length < MIN_DIGITS || length > MAX_DIGITS) {
            return List.of();
        }
        double confidence = confidence(field, text, 0);
        return confidence > REJECTED
                ? List.of(field.finding(ENTITY_TYPE, DataClasses.PII, 0, length, confidence, id()))
                : List.of();
    }

    @Override
    double confidence(ScanField field, Matcher match) {
        return confidence(field, match.group(), match.start());
    }

    private double confidence(ScanField field, String written, int start) {
        String digits = written.replace(" ", "").replace("-", "");
        boolean valid = CardNumberGrouping.isPlausible(written)
                && LuhnChecksum.isValid(digits)
                && CardIssuer.of(digits)
                        .filter(issuer -> !issuer.needsContext(digits) || CONTEXT.near(field, start))
                        .isPresent();
        return valid ? CONFIDENCE : REJECTED;
    }
}
