package io.interven.plugin.pii;

/**
 * A US National Provider Identifier: ten digits starting with 1 or 2 whose Luhn check includes the card-issuer
 * prefix {@code 80840} written before them.
 */
final class UsNpi {
    private UsNpi() {
    }

    static boolean isValid(String digits) {
        return digits.length() == 10 && (digits.charAt(0) == '1' || digits.charAt(0) == '2')
                && LuhnChecksum.isValid("80840" + digits);
    }
}
