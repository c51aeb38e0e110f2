package io.interven.plugin.pii;

import java.util.Locale;
import java.util.Set;

/**
 * A SWIFT/BIC code (ISO 9362): four letters of institution, an ISO 3166 country code, two letters or digits of
 * location and an optional three of branch. A location whose second character is {@code 0} is a test code.
 */
final class SwiftCode {
    private static final Set<String> COUNTRIES = countries();

    private SwiftCode() {
    }

    /** {@code code}: eight or eleven upper-case letters and digits, the first six letters. */
    static boolean isValid(String code) {
        if (code.length() != 8 && code.length() != 11) {
            return false;
        }
        for (int i = 0; i < 6; i++) {
            if (code.charAt(i) < 'A' || code.charAt(i) > 'Z') {
                return false;
            }
        }
        return COUNTRIES.contains(code.substring(4, 6)) && code.charAt(7) != '0';
    }

    private static Set<String> countries() {
        java.util.HashSet<String> codes = new java.util.HashSet<>(Set.of(Locale.getISOCountries()));
        codes.add("XK"); // Kosovo: used by SWIFT, not yet in ISO 3166
        return Set.copyOf(codes);
    }
}
