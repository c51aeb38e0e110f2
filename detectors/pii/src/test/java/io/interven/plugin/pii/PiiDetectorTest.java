package io.interven.plugin.pii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interven.spi.DetectionContext;
import io.interven.spi.FieldLocation;
import io.interven.spi.Finding;
import io.interven.spi.InvalidPluginSettings;
import io.interven.spi.PluginSettings;
import io.interven.spi.ScanField;
import java.util.List;
import org.junit.jupiter.api.Test;

class PiiDetectorTest {
    private final PiiDetector detector = new PiiDetector();

    @Test
    void reportsEveryRecognizersFindingsWithFieldPathAndSpan() {
        String text = "Refund jane.doe@example.com, card 4111 1111 1111 1111, order 2024-000123. Call +44 20 8542 4516,"
                + " IBAN GB82 WEST 1234 5698 7654 32, SSN 586-89-0268, login from 106.11.156.141, NI AB123456C.";
        ScanField field = new ScanField("$.messages[1].content", FieldLocation.BODY, "content", text);

        List<Finding> findings = detector.detect(field);

        assertThat(findings).extracting(Finding::entityType).containsExactlyInAnyOrder("EMAIL_ADDRESS", "CREDIT_CARD",
                "PHONE_NUMBER", "IBAN", "US_SSN", "IP_ADDRESS", "UK_NINO");
        assertThat(findings).allSatisfy(f -> {
            assertThat(f.path()).isEqualTo("$.messages[1].content");
            assertThat(f.location()).isEqualTo(FieldLocation.BODY);
            assertThat(f.issuerDomains()).isEmpty();
        });
        assertThat(findings).extracting(f -> text.substring(f.start(), f.end()))
                .containsExactlyInAnyOrder("jane.doe@example.com", "4111 1111 1111 1111", "+44 20 8542 4516",
                        "GB82 WEST 1234 5698 7654 32", "586-89-0268", "106.11.156.141", "AB123456C");
    }

    @Test
    void recognizesStructuredFieldsByTheirName() {
        ScanField field = new ScanField("$.data.customer.full_name", FieldLocation.BODY, "full_name", "Amara Castillo");
        assertThat(detector.detect(field)).extracting(Finding::entityType).containsExactly("PERSON");
    }

    @Test
    void passesTheCallsRegionHintsToThePhoneRecognizer() {
        ScanField field = new ScanField("$.note", FieldLocation.BODY, "note", "she wrote from 22 123 45 67 today");

        assertThat(detector.detect(field, DetectionContext.ofRegions("PL"))).extracting(Finding::entityType)
                .containsExactly("PHONE_NUMBER");
        assertThat(detector.detect(field, DetectionContext.none())).isEmpty();
        assertThat(detector.detect(field)).isEmpty();
    }

    @Test
    void findsNamesAndDatesOfBirthInProseAfterACue() {
        String text = "Dear Jane Doe,\nyour date of birth is 12 March 1990.\n\nBest regards,\nAmara Castillo";
        ScanField field = new ScanField("$.content", FieldLocation.BODY, "content", text);

        assertThat(detector.detect(field)).extracting(f -> f.entityType() + ":" + text.substring(f.start(), f.end()))
                .containsExactlyInAnyOrder("PERSON:Jane Doe", "DATE_OF_BIRTH:12 March 1990", "PERSON:Amara Castillo");
    }

    @Test
    void findsNothingInOrdinaryText() {
        ScanField field = new ScanField("$.text", FieldLocation.BODY, "text",
                "Deploy 1733906400000 finished; request f0a7157a-edab-4d5d-a4a6-9fd50a652b4f; see lodash@4.17.21;"
                        + " 2025-02-10T09:47:10.426Z WARN [ledger] retrying job 259 (attempt 3/5) from 10.0.0.12;"
                        + " commit 9adc013709aa8932c1062bd4d3c50d686e696316, color #36a64f, v1.16.4,"
                        + " ts 1773554065.963039,"
                        + " card 4111111111111112, IBAN GB83WEST12345698765432, SSN 666-12-3456, Amara Castillo");
        assertThat(detector.detect(field)).isEmpty();
        assertThat(detector.id()).isEqualTo("pii");
    }

    @Test
    void declaresTheSensitivityOfEveryTypeItEmits() {
        String text = "Refund jane.doe@example.com, card 4111 1111 1111 1111. Call +44 20 8542 4516,"
                + " IBAN GB82 WEST 1234 5698 7654 32, SSN 586-89-0268, login from 106.11.156.141, NI AB123456C.";
        java.util.Set<String> emitted = new java.util.HashSet<>();
        detector.detect(new ScanField("$.note", FieldLocation.BODY, "note", text))
                .forEach(f -> emitted.add(f.entityType()));
        java.util.Map<String, String> structured = java.util.Map.of("full_name", "Amara Castillo",
                "street_address", "17 Rissik Street, Johannesburg 2001", "date_of_birth", "1980-12-18",
                "passport_number", "C01X00T47");
        structured.forEach((key, value) -> detector.detect(new ScanField("$." + key, FieldLocation.BODY, key, value))
                .forEach(f -> emitted.add(f.entityType())));

        assertThat(emitted).contains("PERSON", "DATE_OF_BIRTH", "PASSPORT_NUMBER", "CREDIT_CARD", "US_SSN");
        assertThat(detector.sensitivityOfEntityTypes()).containsKeys(emitted.toArray(String[]::new));
        assertThat(detector.sensitivityOfEntityTypes().values()).allSatisfy(value ->
                assertThat(io.interven.spi.PiiSensitivity.isKnown(value)).isTrue());
        assertThat(detector.sensitivityOfEntityTypes()).containsEntry("CREDIT_CARD", "sensitive")
                .containsEntry("EMAIL_ADDRESS", "contact");
    }

    /** SWIFT/BIC codes stay off by default (README, "Decisions"); {@code swift-code: true} switches them on. */
    @Test
    void swiftCodesAreRecognizedOnlyWhenTheSettingSwitchesThemOn() {
        ScanField field = new ScanField("$.note", FieldLocation.BODY, "note", "Pay to SWIFT DEUTDEFF, ref 42");
        assertThat(new PiiDetector().detect(field)).isEmpty();

        PiiDetector unset = new PiiDetector();
        unset.configure(PluginSettings.empty());
        assertThat(unset.detect(field)).isEmpty();
        PiiDetector off = new PiiDetector();
        off.configure(PluginSettings.of(java.util.Map.of("swift-code", false)));
        assertThat(off.detect(field)).isEmpty();

        PiiDetector on = new PiiDetector();
        on.configure(PluginSettings.of(java.util.Map.of("swift-code", "true")));
        assertThat(on.detect(field)).extracting(Finding::entityType).containsExactly("SWIFT_CODE");
        assertThat(on.sensitivityOfEntityTypes()).containsEntry("SWIFT_CODE", "sensitive");
        assertThat(on.detect(new ScanField("$.note", FieldLocation.BODY, "note", "card 4111 1111 1111 1111")))
                .extracting(Finding::entityType).containsExactly("CREDIT_CARD");

        assertThat(on.settingKeys()).containsExactly("swift-code");
        assertThatThrownBy(() -> new PiiDetector().configure(PluginSettings.of(java.util.Map.of("swift", true))))
                .isInstanceOf(InvalidPluginSettings.class);
    }

    @Test
    void declaresTheIdentifiersOfPresidiosRecognizersAsSensitive() {
        String text = "my driver's license number is F162823540116; bank account 004183726512;"
                + " passport J8369854; car MH12AB1234; GSTIN 27AAPFU0939F1ZV; DEA number BM6125341";
        java.util.Set<String> emitted = new java.util.HashSet<>();
        detector.detect(new ScanField("$.note", FieldLocation.BODY, "note", text))
                .forEach(f -> emitted.add(f.entityType()));
        assertThat(emitted).containsExactlyInAnyOrder("US_DRIVER_LICENSE", "US_BANK_NUMBER", "IN_PASSPORT",
                "IN_VEHICLE_REGISTRATION", "IN_GSTIN", "MEDICAL_LICENSE");
        emitted.forEach(type -> assertThat(detector.sensitivityOfEntityTypes()).containsEntry(type, "sensitive"));
    }
}
