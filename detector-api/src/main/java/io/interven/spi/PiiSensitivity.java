package io.interven.spi;

/**
 * The two sensitivities of PII entity types that a {@link Detector} declares in
 * {@link Detector#sensitivityOfEntityTypes()} (since SPI 1.1.0).
 */
public final class PiiSensitivity {
    /** Contact PII: whom to reach (e-mail, phone, person name, street address, IP address). */
    public static final String CONTACT = "contact";
    /** Sensitive PII: cards, bank and national identifiers, passports, dates of birth, health identifiers. */
    public static final String SENSITIVE = "sensitive";

    private PiiSensitivity() {
    }

    /** True when {@code sensitivity} is one of the two values. */
    public static boolean isKnown(String sensitivity) {
        return CONTACT.equals(sensitivity) || SENSITIVE.equals(sensitivity);
    }
}
