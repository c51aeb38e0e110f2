package io.interven.plugin.pii;

import io.interven.spi.DataClasses;
import io.interven.spi.Finding;
import io.interven.spi.ScanField;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Payment card numbers: 13 to 19 digits, optionally grouped with spaces or dashes, that pass the Luhn check and
 * fall in a known issuer range of the right length. Digits that are part of a longer run of digits or of a word
 * (an order number, a UUID, a hash, a phone number written with {@code +}) are not considered.
 */
final class CreditCardRecognizer implements PiiRecognizer {
    static final String ENTITY_TYPE = "CREDIT_CARD";
    private static final double CONFIDENCE = 0.95;
    private static final Pattern CANDIDATE = Pattern.compile(
            "(?<![0-9A-Za-z_.,+\\-])(?<!\\d[ \\-])\\d(?:[ \\-]?\\d){12,18}(?![0-9A-Za-z_]|[.,\\-]\\d)");

    @Override
    public String id() {
        return "credit-card";
    }

    @Override
    public List<Finding> recognize(ScanField field) {
        List<Finding> findings = new ArrayList<>();
        Matcher m = CANDIDATE.matcher(field.text());
        while (m.find()) {
            String written = m.group();
            String digits = written.replace(" ", "").replace("-", "");
            if (CardNumberGrouping.isPlausible(written)
                    && LuhnChecksum.isValid(digits)
                    && CardIssuer.of(digits).isPresent()) {
                findings.add(field.finding(ENTITY_TYPE, DataClasses.PII, m.start(), m.end(), CONFIDENCE, id()));
            }
        }
        return findings;
    }
}
