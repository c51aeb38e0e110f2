package io.interven.plugin.pii;

import java.time.DateTimeException;
import java.time.LocalDate;

/** Whether digits embedded in an identifier (a birth date) name a real calendar day. */
final class CalendarDate {
    private CalendarDate() {
    }

    /** True when year, month and day form a valid date. */
    static boolean isValid(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            return false;
        }
        try {
            LocalDate.of(year, month, day);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    /** True when the date is valid and not after today (a birth date). */
    static boolean isPastDate(int year, int month, int day) {
        return isValid(year, month, day) && !LocalDate.of(year, month, day).isAfter(LocalDate.now());
    }

    /** The number written by {@code text[from, from + length)} in ASCII digits, or -1. */
    static int number(CharSequence text, int from, int length) {
        int n = 0;
        for (int i = from; i < from + length; i++) {
            int d = WeightedChecksum.digit(text, i);
            if (d < 0) {
                return -1;
            }
            n = n * 10 + d;
        }
        return n;
    }
}
