package io.interven.plugin.pii;

import io.interven.spi.DataClasses;
import io.interven.spi.Finding;
import io.interven.spi.ScanField;
import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Dates of birth in prose, after a strong cue: {@code born on}, {@code date of birth}, {@code DOB:},
 * {@code birthday}, {@code né le}, {@code geboren am}, {@code fecha de nacimiento}, ... followed on the same line,
 * within {@link #MAX_GAP} characters without a digit, by a date with a year ({@link BirthDateValue#findIn}:
 * {@code 1984-04-01}, {@code 6/24/1991}, {@code 12. März 1990}, {@code June 5th, 1990}). Only the date is reported.
 * A date without a year ({@code born on the 4th of July}) or a year alone ({@code born in 1990}) is not a date of
 * birth; neither is a date after this year, nor, after {@code birthday} (the day of a party as often as the day of
 * a birth), a date of this year.
 */
final class BirthDateInProseRecognizer implements PiiRecognizer {
    static final String ENTITY_TYPE = "DATE_OF_BIRTH";
    private static final double CONFIDENCE = 0.85;
    /** How many characters may stand between a cue and its date ({@code date of birth. It's 6/24/1991}). */
    static final int MAX_GAP = 24;
    /** The longest date {@link BirthDateValue#findIn} reads ({@code 22 de septiembre de 1985}). */
    private static final int MAX_DATE_LENGTH = 28;
    private static final int MIN_DIGITS = 4;
    static final ProseCues CUES = ProseCues.of("born", "born on", "date of birth", "birth date",
            "birthdate", "dob", "d.o.b.", "d.o.b", "birthday", "né le", "née le", "né(e) le", "geboren am",
            "geboren", "geb.", "geburtsdatum", "fecha de nacimiento", "nacido el", "nacida el", "date de naissance",
            "data di nascita", "nato il", "nata il", "data de nascimento", "nascido em", "nascida em");
    /** Cues after which a date of this year is an event, not a birth. */
    private static final Set<String> EVENT_CUES = Set.of("birthday");

    private final Clock clock;

    BirthDateInProseRecognizer() {
        this(Clock.systemUTC());
    }

    BirthDateInProseRecognizer(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String id() {
        return "date-of-birth-in-prose";
    }

    /** A date with a year has at least four digits. */
    @Override
    public boolean mayMatch(TextProfile profile) {
        return profile.digits >= MIN_DIGITS;
    }

    @Override
    public List<Finding> recognize(ScanField field) {
        String text = field.text();
        if (text.indexOf(' ') < 0 && text.indexOf(':') < 0 && text.indexOf('=') < 0) {
            return List.of(); // an id, a hash, a timestamp: a cue and its date stand apart
        }
        int lastDigit = lastDigit(text);
        if (lastDigit < 0) {
            return List.of(); // every date has a digit after its cue
        }
        List<Finding> findings = new ArrayList<>();
        int thisYear = 0; // read from the clock only once a cue is found: most fields have none
        int from = 0;
        int nextDigit = -1;
        ProseCues.Hit cue;
        while (from <= lastDigit) { // a cue starting after the last digit has no date after it
            if (nextDigit < from) {
                // A cue ending more than MAX_GAP before the next digit has no date after it; no cue spans a
                // separating character: the search may resume after the last one standing that far before the digit.
                nextDigit = firstDigit(text, from);
                for (int s = nextDigit - (MAX_GAP + 1); s >= from; s--) {
                    if (CUES.separates(text.charAt(s))) {
                        from = s + 1;
                        break;
                    }
                }
            }
            cue = CUES.next(text, from, lastDigit);
            if (cue == null) {
                break;
            }
            from = cue.end();
            if (thisYear == 0) {
                thisYear = Year.now(clock).getValue();
            }
            int lastYear = EVENT_CUES.contains(cue.cue()) ? thisYear - 1 : thisYear;
            int[] date = dateAfter(text, cue.end(), lastYear);
            if (date != null) {
                findings.add(field.finding(ENTITY_TYPE, DataClasses.PII, date[0], date[1], CONFIDENCE, id()));
                from = date[1];
            }
        }
        return findings;
    }

    private static int lastDigit(String text) {
        for (int i = text.length() - 1; i >= 0; i--) {
            if (CandidateStarts.isDigit(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** The first digit at or after {@code from}; there is one (the last digit lies ahead). */
    private static int firstDigit(String text, int from) {
        int i = from;
        while (!CandidateStarts.isDigit(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The date that follows a cue ending at {@code at}: on its line, after a gap without digits. */
    static int[] dateAfter(String text, int at, int lastYear) {
        int gapEnd = at;
        int limit = Math.min(text.length(), at + MAX_GAP);
        while (gapEnd < limit && !CandidateStarts.isDigit(text.charAt(gapEnd)) && text.charAt(gapEnd) != '\n') {
            gapEnd++;
        }
        if (gapEnd >= text.length() || !CandidateStarts.isDigit(text.charAt(gapEnd))) {
            return null; // a line break, the end of the text, or no digit within the gap
        }
        // The date starts at the first digit, or with the month name before it (June 5th, 1990).
        int lineEnd = text.indexOf('\n', gapEnd);
        int to = Math.min(lineEnd < 0 ? text.length() : lineEnd, gapEnd + MAX_DATE_LENGTH);
        int[] date = BirthDateValue.findIn(text, at, to, lastYear);
        return date == null || date[0] > gapEnd ? null : date;
    }
}
