package io.interven.plugin.pii;

/**
 * Finland's personal identity code (henkilötunnus): birth date {@code DDMMYY}, a century sign ({@code +} 1800s;
 * {@code -}, {@code U}-{@code Y} 1900s; {@code A}-{@code F} 2000s), a three-digit individual number and a check
 * character: the nine digits as one number mod 31 indexing {@code 0123456789ABCDEFHJKLMNPRSTUVWXY}.
 */
final class FinnishIdentityCode {
    private static final String CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY";

    private FinnishIdentityCode() {
    }

    /** {@code code}: eleven characters, {@code DDMMYYCNNNX}. */
    static boolean isValid(String code) {
        if (code.length() != 11) {
            return false;
        }
        char sign = code.charAt(6);
        int century;
        if (sign == '+') {
            century = 1800;
        } else if (sign == '-' || sign >= 'U' && sign <= 'Y') {
            century = 1900;
        } else if (sign >= 'A' && sign <= 'F') {
            century = 2000;
        } else {
            return false;
        }
        int day = CalendarDate.number(code, 0, 2);
        int month = CalendarDate.number(code, 2, 2);
        int year = CalendarDate.number(code, 4, 2);
        int individual = CalendarDate.number(code, 7, 3);
        if (year < 0 || individual < 2 || !CalendarDate.isPastDate(century + year, month, day)) {
            return false;
        }
        long number = (long) (day * 10000 + month * 100 + year) * 1000 + individual;
        return CHECK.charAt((int) (number % 31)) == code.charAt(10);
    }
}
