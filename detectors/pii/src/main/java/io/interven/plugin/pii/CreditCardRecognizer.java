package io.interven.plugin.pii;

import io.interven.spi.ScanField;
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

    @Override
    double confidence(ScanField field, Matcher match) {
        String written = match.group();
        String digits = written.replace(" ", "").replace("-", "");
        boolean valid = CardNumberGrouping.isPlausible(written)
                && LuhnChecksum.isValid(digits)
                && CardIssuer.of(digits)
                        .filter(issuer -> !issuer.needsContext(digits) || CONTEXT.near(field, match.start()))
                        .isPresent();
        return valid ? CONFIDENCE : REJECTED;
    }
}
