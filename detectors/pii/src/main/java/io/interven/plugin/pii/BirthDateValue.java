package io.interven.plugin.pii;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a field value reads as a calendar date of a past century or this one: {@code 1984-04-01},
 * {@code 19840401}, {@code 03/18/1960}, {@code 01.09.1993}, {@code 12 March 1990}, {@code March 12, 1990},
 * optionally with a time; and where such a date stands in prose ({@link #findIn}).
 */
final class BirthDateValue {
    private static final Pattern NUMERIC = Pattern.compile(
            "(?:(\\d{4})[-/.]?(\\d{1,2})[-/.]?(\\d{1,2})|(\\d{1,2})[-/. ](\\d{1,2})[-/. ](\\d{4}|\\d{2}))"
                    + "(?:[t ]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:z|[+-]\\d{2}:?\\d{2})?)?");
    private static final Pattern WITH_MONTH_NAME = Pattern.compile(
            "(?:\\d{1,2}(?:st|nd|rd|th)?\\.? )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?"
                    + "(?: \\d{1,2}(?:st|nd|rd|th)?,?)? \\d{4}");
    /**
     * A date as written in prose, with its year: numeric ({@code 1984-04-01}, {@code 6/24/1991}, {@code 01.09.1993}),
     * day first with a month name ({@code 4th of July 1990}, {@code 12. März 1990}, {@code 3 de mayo de 1985}) or
     * month first ({@code June 5th, 1990}). Groups: numeric text, or day/month/year with a month name.
     */
    private static final Pattern IN_PROSE = Pattern.compile(
            "(?<![\\d/.\\-\\p{L}])(?:(\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}|\\d{1,2}[-/.]\\d{1,2}[-/.](?:\\d{4}|\\d{2}))"
                    + "|(\\d{1,2})(?:st|nd|rd|th|er|\\.)? (?:of |de )?(\\p{L}{3,10})\\.?,? (?:de )?(\\d{4})"
                    + "|(\\p{L}{3,10})\\.? (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4}))(?![\\d/\\-]|\\.\\d)");
    /** Month names and their abbreviations in English, German, French, Spanish, Italian and Portuguese. */
    private static final Set<String> MONTHS = Set.of("jan", "january", "feb", "february", "mar", "march", "apr",
            "april", "may", "jun", "june", "jul", "july", "aug", "august", "sep", "sept", "september", "oct",
            "october", "nov", "november", "dec", "december",
            "januar", "jänner", "februar", "märz", "mai", "juni", "juli", "okt", "oktober", "dez", "dezember",
            "janv", "janvier", "févr", "février", "mars", "avr", "avril", "juin", "juil", "juillet", "août",
            "septembre", "octobre", "novembre", "déc", "décembre",
            "ene", "enero", "febrero", "marzo", "abr", "abril", "mayo", "junio", "julio", "ago", "agosto",
            "septiembre", "setiembre", "octubre", "noviembre", "dic", "diciembre",
            "gen", "gennaio", "febbraio", "aprile", "maggio", "giugno", "luglio", "settembre", "ottobre",
            "dicembre", "janeiro", "fevereiro", "março", "maio", "junho", "julho", "setembro", "outubro",
            "novembro", "dezembro");
    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 2100;

    private BirthDateValue() {
    }

    static boolean isPlausible(String value) {
        String trimmed = value.strip().toLowerCase(Locale.ROOT);
        Matcher m = NUMERIC.matcher(trimmed);
        if (m.matches()) {
            return isNumericDate(m, LAST_YEAR);
        }
        Matcher named = WITH_MONTH_NAME.matcher(trimmed);
        if (named.matches()) {
            return isYear(Integer.parseInt(trimmed.substring(trimmed.length() - 4)));
        }
        return false;
    }

    /**
     * The first date with a year from {@link #FIRST_YEAR} to {@code lastYear} that starts within
     * {@code [from, to)} of {@code text} and ends by {@code to}, as {@code {start, end}}; null when none does.
     */
    static int[] findIn(String text, int from, int to, int lastYear) {
        Matcher m = IN_PROSE.matcher(text).region(from, to).useTransparentBounds(true).useAnchoringBounds(false);
        while (m.find()) {
            if (isDateInProse(m, lastYear)) {
                return new int[] {m.start(), m.end()};
            }
        }
        return null;
    }

    private static boolean isDateInProse(Matcher m, int lastYear) {
        if (m.group(1) != null) {
            Matcher numeric = NUMERIC.matcher(m.group(1));
            return numeric.matches() && isNumericDate(numeric, lastYear);
        }
        boolean dayFirst = m.group(2) != null;
        String day = dayFirst ? m.group(2) : m.group(6);
        String month = dayFirst ? m.group(3) : m.group(5);
        String year = dayFirst ? m.group(4) : m.group(7);
        int d = Integer.parseInt(day);
        int y = Integer.parseInt(year);
        return d >= 1 && d <= 31 && y >= FIRST_YEAR && y <= lastYear
                && MONTHS.contains(month.toLowerCase(Locale.ROOT));
    }

    private static boolean isNumericDate(Matcher m, int lastYear) {
        if (m.group(1) != null) {
            int year = Integer.parseInt(m.group(1));
            int month = Integer.parseInt(m.group(2));
            int day = Integer.parseInt(m.group(3));
            return year >= FIRST_YEAR && year <= lastYear && month >= 1 && month <= 12 && day >= 1 && day <= 31;
        }
        String year = m.group(6);
        return isDayAndMonth(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)))
                && (year.length() == 2 || Integer.parseInt(year) >= FIRST_YEAR && Integer.parseInt(year) <= lastYear);
    }

    /** Day-month or month-day order: one of the two is a month and neither exceeds 31. */
    private static boolean isDayAndMonth(int a, int b) {
        return a >= 1 && b >= 1 && a <= 31 && b <= 31 && (a <= 12 || b <= 12);
    }

    private static boolean isYear(int year) {
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }
}
