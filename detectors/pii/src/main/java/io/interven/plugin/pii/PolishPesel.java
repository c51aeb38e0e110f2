package io.interven.plugin.pii;

/**
 * Poland's PESEL: eleven digits, a birth date {@code YYMMDD} whose month carries the century (+80 for the 1800s,
 * +0, +20, +40, +60 for the 1900s to 2100s), four serial digits and a check digit: the complement mod 10 of the
 * first ten weighted 1, 3, 7, 9 repeating.
 */
final class PolishPesel {
    private PolishPesel() {
    }

    static boolean isValid(String digits) {
        if (digits.length() != 11 || WeightedChecksum.isOneRepeatedDigit(digits)) {
            return false;
        }
        int month = CalendarDate.number(digits, 2, 2);
        int century = switch (month / 20) {
            case 0 -> 1900;
            case 1 -> 2000;
            case 2 -> 2100;
            case 3 -> 2200;
            case 4 -> 1800;
            default -> -1;
        };
        if (century < 0 || !CalendarDate.isPastDate(century + CalendarDate.number(digits, 0, 2), month % 20,
                CalendarDate.number(digits, 4, 2))) {
            return false;
        }
        int sum = WeightedChecksum.sum(digits, 1, 3, 7, 9, 1, 3, 7, 9, 1, 3);
        return sum >= 0 && (10 - sum % 10) % 10 == WeightedChecksum.digit(digits, 10);
    }
}
