package io.interven.plugin.pii;

import io.interven.spi.DetectionContext;
import io.interven.spi.Detector;
import io.interven.spi.Finding;
import io.interven.spi.PiiSensitivity;
import io.interven.spi.ScanField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.pf4j.Extension;

/**
 * Personal data in a text field, each kind by its own recognizer: e-mail addresses, payment cards, phone numbers,
 * IBANs, US Social Security numbers, public IP addresses, UK National Insurance numbers, and, from structured
 * fields, person names, street addresses, dates of birth and passport numbers; person names and dates of birth also
 * in prose, right after a strong cue ({@code Dear Jane Doe,}, {@code born on 12 March 1990}).
 */
@Extension
public class PiiDetector implements Detector {
    private static final Map<String, String> SENSITIVITY = Map.ofEntries(
            Map.entry("EMAIL_ADDRESS", PiiSensitivity.CONTACT),
            Map.entry("PHONE_NUMBER", PiiSensitivity.CONTACT),
            Map.entry("PERSON", PiiSensitivity.CONTACT),
            Map.entry("STREET_ADDRESS", PiiSensitivity.CONTACT),
            Map.entry("IP_ADDRESS", PiiSensitivity.CONTACT),
            Map.entry("CREDIT_CARD", PiiSensitivity.SENSITIVE),
            Map.entry("IBAN", PiiSensitivity.SENSITIVE),
            Map.entry("US_SSN", PiiSensitivity.SENSITIVE),
            Map.entry("UK_NINO", PiiSensitivity.SENSITIVE),
            Map.entry("DATE_OF_BIRTH", PiiSensitivity.SENSITIVE),
            Map.entry("PASSPORT_NUMBER", PiiSensitivity.SENSITIVE));

    private final List<PiiRecognizer> recognizers;

    public PiiDetector() {
        this(List.of(new EmailRecognizer(), new CreditCardRecognizer(), new PhoneNumberRecognizer(),
                new IbanRecognizer(), new UsSsnRecognizer(), new IpAddressRecognizer(), new UkNinoRecognizer(),
                new StructuredFieldRecognizer(), new BirthDateInProseRecognizer(), new PersonNameInProseRecognizer()));
    }

    PiiDetector(List<PiiRecognizer> recognizers) {
        this.recognizers = List.copyOf(recognizers);
    }

    @Override
    public String id() {
        return "pii";
    }

    /** The sensitivity of every entity type this detector emits (docs/api.md "Sensitivity"). */
    @Override
    public Map<String, String> sensitivityOfEntityTypes() {
        return SENSITIVITY;
    }

    @Override
    public List<Finding> detect(ScanField field) {
        return detect(field, DetectionContext.none());
    }

    /** The findings of every recognizer; the call's region hints reach the phone number recognizer. */
    @Override
    public List<Finding> detect(ScanField field, DetectionContext context) {
        List<Finding> findings = new ArrayList<>();
        TextProfile profile = TextProfile.of(field.text());
        for (PiiRecognizer recognizer : recognizers) {
            if (recognizer.mayMatch(profile)) {
                findings.addAll(recognizer.recognize(field, context));
            }
        }
        return findings;
    }
}
