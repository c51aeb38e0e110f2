package io.interven.plugin.pii;

/**
 * South Korea's resident registration number: birth date {@code YYMMDD}, then a digit for sex and century (1-4
 * citizens, 5-8 foreign residents; odd 1900s for 1-2 and 5-6, 2000s for 3-4 and 7-8) and six more. Numbers issued
 * before October 2020 end in a check digit: (11 - weighted sum mod 11) mod 10, weights 2-9 then 2-5; later numbers
 * do not, so the check is separate from the date.
 */
final class KoreanRrn {
    private KoreanRrn() {
    }

    /** {@code digits}: the thirteen digits. The date and the sex digit are plausible. */
    static boolean hasValidDate(String digits) {
        if (digits.length() != 13) {
            return false;
        }
        int sex = WeightedChecksum.digit(digits, 6);
        if (sex < 1 || sex > 8) {
            return false;
        }
        int century = sex == 1 || sex == 2 || sex == 5 || sex == 6 ? 1900 : 2000;
        return CalendarDate.isPastDate(century + CalendarDate.number(digits, 0, 2), CalendarDate.number(digits, 2, 2),
                CalendarDate.number(digits, 4, 2));
    }

    /** The thirteenth digit is the check digit of the first twelve. */
    static boolean hasValidCheckDigit(String digits) {
        int sum = WeightedChecksum.sum(digits, 2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5);
        return digits.length() == 13 && sum >= 0 && (11 - sum % 11) % 10 == WeightedChecksum.digit(digits, 12);
    }
}
