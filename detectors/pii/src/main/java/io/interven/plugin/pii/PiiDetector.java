package io.interven.plugin.pii;

import io.interven.spi.Configurable;
import io.interven.spi.DetectionContext;
import io.interven.spi.Detector;
import io.interven.spi.Finding;
import io.interven.spi.PiiSensitivity;
import io.interven.spi.PluginSettings;
import io.interven.spi.ScanField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.pf4j.Extension;

/**
 * Personal data in a text field, each kind by its own recognizer: e-mail addresses, payment cards, phone numbers,
 * IBANs, US Social Security numbers, public IP addresses, UK National Insurance numbers, national, tax, health,
 * bank, wallet and vehicle identifiers ({@link IdentifierFormat}), and, from structured fields, person names,
 * street addresses, dates of birth and passport numbers; person names and dates of birth also in prose, right after
 * a strong cue ({@code Dear Jane Doe,}, {@code born on 12 March 1990}).
 *
 * <p>One setting, {@code plugins.config.pii.swift-code} (default {@code false}): {@code true} recognizes SWIFT/BIC
 * codes too ({@link FinancialIdFormats#swiftCode()}, off by default: README, "Decisions").
 */
@Extension
public class PiiDetector implements Detector, Configurable {
    /** The setting that adds SWIFT/BIC codes to the identifier formats. */
    static final String SWIFT_CODE_SETTING = "swift-code";

    private static final Map<String, String> SENSITIVITY = withIdentifiers(Map.ofEntries(
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
            Map.entry("PASSPORT_NUMBER", PiiSensitivity.SENSITIVE)));

    /** The entity types of the identifier formats, SWIFT/BIC codes included. */
    private static final java.util.Set<String> IDENTIFIER_TYPES = identifierTypes();

    /** Replaced once, by {@link #configure}, before the first call reaches {@link #detect}. */
    private volatile List<PiiRecognizer> recognizers;

    public PiiDetector() {
        this(defaultRecognizers(identifierFormats()));
    }

    private static List<PiiRecognizer> defaultRecognizers(List<IdentifierFormat> identifiers) {
        return List.of(new EmailRecognizer(), new CreditCardRecognizer(), new PhoneNumberRecognizer(),
                new IbanRecognizer(), new UsSsnRecognizer(), new IpAddressRecognizer(), new UkNinoRecognizer(),
                new StructuredFieldRecognizer(), new BirthDateInProseRecognizer(), new PersonNameInProseRecognizer(),
                new IdentifierScanner(identifiers));
    }

    /** {@code swift-code: true} adds SWIFT/BIC codes to the identifier formats; any other key stops start-up. */
    @Override
    public void configure(PluginSettings settings) {
        settings.rejectUnknownKeys(SWIFT_CODE_SETTING);
        if (settings.flag(SWIFT_CODE_SETTING, false)) {
            List<IdentifierFormat> formats = new ArrayList<>(identifierFormats());
            formats.add(FinancialIdFormats.swiftCode());
            recognizers = defaultRecognizers(formats);
        }
    }

    @Override
    public java.util.Set<String> settingKeys() {
        return java.util.Set.of(SWIFT_CODE_SETTING);
    }

    /**
     * National, tax, health, bank, wallet and vehicle identifiers, one recognizer per format: what the detector's
     * {@link IdentifierScanner} finds in one pass.
     */
    static List<PiiRecognizer> identifierRecognizers() {
        List<PiiRecognizer> recognizers = new ArrayList<>();
        identifierFormats().forEach(format -> recognizers.add(new IdentifierRecognizer(format)));
        return recognizers;
    }

    static List<IdentifierFormat> identifierFormats() {
        List<IdentifierFormat> formats = new ArrayList<>(NationalIdFormats.all());
        formats.addAll(TaxIdFormats.all());
        formats.addAll(FinancialIdFormats.all());
        formats.addAll(DocumentIdFormats.all());
        return formats;
    }

    private static java.util.Set<String> identifierTypes() {
        java.util.Set<String> types = new java.util.HashSet<>();
        identifierFormats().forEach(format -> types.add(format.entityType()));
        types.add(FinancialIdFormats.swiftCode().entityType());
        return java.util.Set.copyOf(types);
    }

    /** Every identifier is sensitive PII: bank, national and health identifiers (docs/api.md, "Sensitivity"). */
    private static Map<String, String> withIdentifiers(Map<String, String> sensitivity) {
        Map<String, String> all = new java.util.HashMap<>(sensitivity);
        identifierFormats().forEach(format -> all.put(format.entityType(), PiiSensitivity.SENSITIVE));
        all.put(FinancialIdFormats.swiftCode().entityType(), PiiSensitivity.SENSITIVE); // when switched on
        return Map.copyOf(all);
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
        for (PiiRecognizer recognizer : this.recognizers) {
            if (recognizer.mayMatch(profile)) {
                List<Finding> found = recognizer.recognize(field, context, profile);
                if (!found.isEmpty()) { // addAll copies even an empty list into an array first
                    findings.addAll(found);
                }
            }
        }
        if (findings.size() > 1) {
            dropNumbersNamedOtherwise(findings);
        }
        return findings;
    }

    /**
     * A number its context word names as an identifier ({@code NHS number 943 476 5919}, {@code CPF 52998224725})
     * is not also a phone number or a card number, whatever its digits look like.
     */
    private static void dropNumbersNamedOtherwise(List<Finding> findings) {
        List<Finding> named = null;
        for (Finding f : findings) {
            if (IDENTIFIER_TYPES.contains(f.entityType()) && IdentifierRecognizer.isNamedByContext(f)) {
                named = named == null ? new ArrayList<>() : named;
                named.add(f);
            }
        }
        if (named == null) {
            return;
        }
        List<Finding> identifiers = named;
        findings.removeIf(f -> (f.entityType().equals("PHONE_NUMBER") || f.entityType().equals("CREDIT_CARD"))
                && identifiers.stream().anyMatch(id -> id.start() < f.end() && f.start() < id.end()));
    }
}
