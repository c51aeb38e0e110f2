package io.interven.plugin.pii;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a field value reads as a calendar date of a past century or this one: {@code 1984-04-01},
 * {@code 19840401}, {@code 03/18/1960}, {@code 01.09.1993}, {@code 12 March 1990}, {@code March 12, 1990},
 * optionally with a time.
 */
final class BirthDateValue {
    private static final Pattern NUMERIC = Pattern.compile(
            "(?:(\\d{4})[-/.]?(\\d{1,2})[-/.]?(\\d{1,2})|(\\d{1,2})[-/. ](\\d{1,2})[-/. ](\\d{4}|\\d{2}))"
                    + "(?:[t ]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:z|[+-]\\d{2}:?\\d{2})?)?");
    private static final Pattern WITH_MONTH_NAME = Pattern.compile(
            "(?:\\d{1,2}(?:st|nd|rd|th)?\\.? )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?"
                    + "(?: \\d{1,2}(?:st|nd|rd|th)?,?)? \\d{4}");
    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 2100;

    private BirthDateValue() {
    }

    static boolean isPlausible(String value) {
        String trimmed = value.strip().toLowerCase(Locale.ROOT);
        Matcher m = NUMERIC.matcher(trimmed);
        if (m.matches()) {
            return m.group(1) != null
                    ? isDate(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)))
                    : isDayAndMonth(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)))
                            && (m.group(6).length() == 2 || isYear(Integer.parseInt(m.group(6))));
        }
        Matcher named = WITH_MONTH_NAME.matcher(trimmed);
        if (named.matches()) {
            return isYear(Integer.parseInt(trimmed.substring(trimmed.length() - 4)));
        }
        return false;
    }

    private static boolean isDate(int year, int month, int day) {
        return isYear(year) && month >= 1 && month <= 12 && day >= 1 && day <= 31;
    }

    /** Day-month or month-day order: one of the two is a month and neither exceeds 31. */
    private static boolean isDayAndMonth(int a, int b) {
        return a >= 1 && b >= 1 && a <= 31 && b <= 31 && (a <= 12 || b <= 12);
    }

    private static boolean isYear(int year) {
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }
}
