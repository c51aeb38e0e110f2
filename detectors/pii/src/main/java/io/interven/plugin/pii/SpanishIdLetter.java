package io.interven.plugin.pii;

/**
 * The control letter of Spain's DNI/NIF (8 digits and a letter) and NIE (X, Y or Z, 7 digits and a letter): the
 * number mod 23 indexes {@code TRWAGMYFPDXBNJZSQVHLCKE}; an NIE's X, Y, Z count as a leading 0, 1, 2.
 */
final class SpanishIdLetter {
    private static final String LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE";

    private SpanishIdLetter() {
    }

    /** {@code digits}: the eight digits of a DNI. */
    static boolean isValidDni(String digits, char letter) {
        int number = CalendarDate.number(digits, 0, digits.length());
        return digits.length() == 8 && number >= 0 && LETTERS.charAt(number % 23) == letter;
    }

    /** {@code prefix}: X, Y or Z; {@code digits}: the seven digits after it. */
    static boolean isValidNie(char prefix, String digits, char letter) {
        int lead = "XYZ".indexOf(prefix);
        return lead >= 0 && digits.length() == 7 && isValidDni(lead + digits, letter);
    }
}
