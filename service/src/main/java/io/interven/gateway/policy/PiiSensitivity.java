package io.interven.gateway.policy;

import java.util.List;

/**
 * Which PII entity types are sensitive and which are contact PII (docs/api.md "What counts as data"): cards, bank
 * and national identifiers, passports, dates of birth and health identifiers are sensitive; e-mail addresses,
 * phone numbers, person names, street addresses and IP addresses are contact PII. The SPI has no way yet for a
 * plugin to declare the sensitivity of the types it emits, so this is the gateway's list: the types the built-in
 * PII plugin emits, plus common sensitive types other plugins report. A type on neither list counts as contact
 * PII (sanitized on its way to an unknown destination, like every PII).
 */
public final class PiiSensitivity {
    /** Sensitive PII: sanitized in calls to an external principal as well as to unknown destinations. */
    public static final List<String> SENSITIVE_ENTITY_TYPES = List.of(
            "CREDIT_CARD", "IBAN", "BANK_ACCOUNT_NUMBER", "US_BANK_NUMBER", "US_SSN", "US_ITIN", "UK_NINO",
            "NATIONAL_ID", "TAX_ID", "PASSPORT_NUMBER", "DRIVER_LICENSE", "US_DRIVER_LICENSE", "DATE_OF_BIRTH",
            "MEDICAL_RECORD_NUMBER", "HEALTH_INSURANCE_NUMBER", "UK_NHS");

    /** Contact PII: sanitized in calls to unknown destinations only. */
    public static final List<String> CONTACT_ENTITY_TYPES = List.of(
            "EMAIL_ADDRESS", "PHONE_NUMBER", "PERSON", "STREET_ADDRESS", "IP_ADDRESS");

    private PiiSensitivity() {
    }
}
