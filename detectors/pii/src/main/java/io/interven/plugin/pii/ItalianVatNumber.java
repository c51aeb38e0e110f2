package io.interven.plugin.pii;

/**
 * An Italian VAT number (partita IVA): seven digits of the holder, three of the provincial office that issued it
 * (001-100, or 120, 121, 888, 999), and a Luhn check digit.
 */
final class ItalianVatNumber {
    private ItalianVatNumber() {
    }

    static boolean isValid(String digits) {
        if (digits.length() != 11 || !LuhnChecksum.isValid(digits) || WeightedChecksum.isOneRepeatedDigit(digits)) {
            return false;
        }
        int office = Integer.parseInt(digits.substring(7, 10));
        return office >= 1 && office <= 100 || office == 120 || office == 121 || office == 888 || office == 999;
    }
}
