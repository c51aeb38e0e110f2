package io.interven.plugin.pii;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BirthDateInProseRecognizerTest {
    /** The recognizer as of 2026-06-15. */
    private final RecognizerProbe probe = new RecognizerProbe(new BirthDateInProseRecognizer(
            Clock.fixed(Instant.parse("2026-06-15T10:00:00Z"), ZoneOffset.UTC)), "DATE_OF_BIRTH");

    @Test
    void findsTheDateAfterAStrongCue() {
        probe.findsIn("2/8/1935", "She was born on %s. Her maiden name is Clark", "born %s", "Born: %s");
        probe.findsIn("6/24/1991", "Please tell me your date of birth. It's %s", "Date of birth: %s");
        probe.findsIn("1984-04-01", "DOB: %s", "dob %s", "D.O.B. %s", "patient (DOB %s) was seen",
                "Birthdate - %s", "birth date: %s");
        probe.findsIn("12 March 1990", "He was born on %s in Leeds.", "Her birthday is %s.");
        probe.findsIn("June 5th, 1990", "born on %s");
        probe.findsIn("4th of July 1990", "she was born on the %s");
        probe.findsIn("01.09.1993", "Max Mustermann, geboren am %s in Köln", "geb. %s");
        probe.findsIn("12. März 1990", "geboren am %s");
        probe.findsIn("14/07/1989", "né le %s à Lyon", "Née le %s", "fecha de nacimiento: %s",
                "nacida el %s", "data di nascita %s", "data de nascimento: %s");
        probe.findsIn("3 de mayo de 1985", "nacido el %s");
    }

    @Test
    void findsEveryDateOfBirthOfAText() {
        assertThat(probe.found("Alice (DOB 1980-01-02) and Bob (DOB 1975-12-31)"))
                .containsExactly("1980-01-02", "1975-12-31");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "born on the 4th of July", // a date without a year
            "born in 1990", "Born 1990", // a year alone
            "The idea was born (on the beach) while they were constructing a website, launched 2019-03-01",
            "My birthday is on the weekend. I'll turn 23.",
            "Let's plan the birthday party on 2026-07-04", // a birthday this year: a party
            "born on 2027-01-01", // a date still to come
            "born on 1850-01-01", // before 1900
            "born on 2024-13-45", "born on 31/31/1990", // not a calendar date
            "born on order 12345 at 2024-01-01", // a number between cue and date
            "date of birth:\n1984-04-01", // not on the cue's line
            "date of birth unknown; the account was opened on 1984-04-01 by an administrator",
            "reborn 1984-04-01", "airborne 1984-04-01", "dobby 1984-04-01",
            "2024-05-01T10:00:00Z deploy finished", "version 1.2.1990",
    })
    void ignoresDatesWithoutAStrongCueOrAPlausibleDate(String text) {
        assertThat(probe.found(text)).as(text).isEmpty();
    }

    @Test
    void aBirthdayOfAPastYearIsADateOfBirth() {
        assertThat(probe.found("Birthday: 2025-07-04")).containsExactly("2025-07-04");
        assertThat(probe.found("born on 2026-01-05")).containsExactly("2026-01-05");
    }

    @Test
    void aLongTextOfCuesWithoutDatesIsReadInOnePass() {
        String text = "born on the beach, ".repeat(20_000) + "DOB: 1984-04-01";
        assertThat(probe.found(text)).containsExactly("1984-04-01");
    }
}
