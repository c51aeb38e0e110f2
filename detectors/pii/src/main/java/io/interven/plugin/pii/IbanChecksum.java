package io.interven.plugin.pii;

/**
 * The ISO 13616 / ISO 7064 mod-97-10 check of an IBAN: move the first four characters to the end, read letters
 * as 10 to 35, and the number must leave remainder 1 when divided by 97. Check digits 00, 01 and 99 never occur.
 */
final class IbanChecksum {
    private static final int RADIX = 36;

    private IbanChecksum() {
    }

    /** True for an upper-case IBAN without spaces whose check digits are right. */
    static boolean isValid(String iban) {
        if (iban.length() < 5) {
            return false;
        }
        String checkDigits = iban.substring(2, 4);
        if (checkDigits.equals("00") || checkDigits.equals("01") || checkDigits.equals("99")) {
            return false;
        }
        String rearranged = iban.substring(4) + iban.substring(0, 4);
        int remainder = 0;
        for (int i = 0; i < rearranged.length(); i++) {
            int value = Character.digit(rearranged.charAt(i), RADIX);
            if (value < 0 || Character.isLowerCase(rearranged.charAt(i))) {
                return false;
            }
            remainder = (value < 10 ? remainder * 10 : remainder * 100) + value;
            remainder %= 97;
        }
        return remainder == 1;
    }
}
