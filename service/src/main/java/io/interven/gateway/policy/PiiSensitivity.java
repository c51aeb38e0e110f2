package io.interven.gateway.policy;

import io.interven.spi.Detector;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which PII entity types are sensitive and which are contact PII (docs/api.md "What counts as data"): cards, bank
 * and national identifiers, passports, dates of birth and health identifiers are sensitive; e-mail addresses,
 * phone numbers, person names, street addresses and IP addresses are contact PII. Each detector declares the
 * sensitivity of the types it emits ({@link Detector#sensitivityOfEntityTypes()}); the lists below are the
 * gateway's own judgement of well-known types, used for a type no loaded detector declares (a plugin built against
 * SPI 1.0). A type declared by no plugin and on neither list counts as contact PII (sanitized on its way to an
 * unknown destination, like every PII).
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

    /**
     * The sensitive entity types with these detectors loaded: the gateway's list, then each declaration on top (a
     * type declared {@code sensitive} by any detector is sensitive; one declared {@code contact} by every detector
     * that declares it is contact). A declaration of another sensitivity is ignored.
     */
    public static List<String> sensitiveTypes(Collection<? extends Detector> detectors) {
        Set<String> sensitive = new LinkedHashSet<>(SENSITIVE_ENTITY_TYPES);
        Set<String> declaredSensitive = new LinkedHashSet<>();
        Set<String> declaredContact = new LinkedHashSet<>();
        for (Detector detector : detectors) {
            Map<String, String> declared = detector.sensitivityOfEntityTypes();
            if (declared == null) {
                continue;
            }
            declared.forEach((type, sensitivity) -> {
                if (io.interven.spi.PiiSensitivity.SENSITIVE.equals(sensitivity)) {
                    declaredSensitive.add(type);
                } else if (io.interven.spi.PiiSensitivity.CONTACT.equals(sensitivity)) {
                    declaredContact.add(type);
                }
            });
        }
        sensitive.removeAll(declaredContact);
        sensitive.addAll(declaredSensitive);
        return List.copyOf(sensitive);
    }
}
