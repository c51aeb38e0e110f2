package io.interven.plugin.pii;

import static org.assertj.core.api.Assertions.assertThat;

import io.interven.spi.FieldLocation;
import io.interven.spi.ScanField;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The recognizer skips the stretches where no cue can have a date after it; it finds exactly what reading every cue
 * from the start of the text finds.
 */
class BirthDateInProseSkipTest {
    private static final int THIS_YEAR = 2026;

    /** Every cue from the start, each followed by the date after it if any: the loop the recognizer shortens. */
    private static List<String> readingEveryCue(String text) {
        List<String> found = new ArrayList<>();
        if (text.indexOf(' ') < 0 && text.indexOf(':') < 0 && text.indexOf('=') < 0) {
            return found;
        }
        int from = 0;
        ProseCues.Hit cue;
        while ((cue = BirthDateInProseRecognizer.CUES.next(text, from)) != null) {
            from = cue.end();
            int lastYear = cue.cue().equals("birthday") ? THIS_YEAR - 1 : THIS_YEAR;
            int[] date = BirthDateInProseRecognizer.dateAfter(text, cue.end(), lastYear);
            if (date != null) {
                found.add(date[0] + "-" + date[1]);
                from = date[1];
            }
        }
        return found;
    }

    @Test
    void findsWhatReadingEveryCueFinds() {
        BirthDateInProseRecognizer recognizer = new BirthDateInProseRecognizer(
                Clock.fixed(Instant.parse("2026-06-15T10:00:00Z"), ZoneOffset.UTC));
        String[] pieces = {"born", "born on ", "date of birth: ", "DOB ", "d.o.b. ", "birthday ", "geb. ", "né le ",
            "né(e) le ", "Geboren am ", "fecha de nacimiento ", " ", "  ", ", ", ".", "\n", "(", ")", "the ", "and ",
            "x", "1990", "12", "3", "March ", "12 March 1990", "6/24/1991", "1985-04-12", "24.12.1988", "2025",
            "June 5th, 1990", "on ", "is ", "was born", "borne", "dob1990", "a".repeat(30), " ".repeat(26), "é",
            "ABC", "order 12345", "date", "of", "birth"};
        Random random = new Random(41);
        int found = 0;
        for (int round = 0; round < 40_000; round++) {
            StringBuilder text = new StringBuilder();
            int count = 1 + random.nextInt(16);
            for (int i = 0; i < count; i++) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String s = text.toString();
            List<String> skipping = recognizer.recognize(new ScanField("$.note", FieldLocation.BODY, "note", s))
                    .stream().map(f -> f.start() + "-" + f.end()).toList();
            List<String> expected = readingEveryCue(s);
            assertThat(skipping).as(s).isEqualTo(expected);
            found += expected.size();
        }
        assertThat(found).as("the random texts hold dates of birth").isGreaterThan(1_000);
    }
}
