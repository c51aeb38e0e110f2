package io.interven.gateway.core.fields;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DigitLookalikesTest {

    @ParameterizedTest
    @CsvSource(delimiterString = " # ", value = {
            "card 4539 l488 O343 6467 # 4539 1488 0343 6467",
            "4539-l488-O343-6467. # 4539-1488-0343-6467",
            "ssn 536-22-87l4 # 536-22-8714",
            "call 1 415 555 Ol23 # 1 415 555 0123",
            "4S39148803436467 # 4539148803436467",
            "Zo 4539 I488 o343 6467 Sl # 4539 1488 0343 6467",
            "amex 3782 822463 l0005 # 3782 822463 10005",
            "ssn 536-22-87l4, card 4539 l488 O343 6467 # 536-22-8714",
            "card 4539/l488/O343/6467 # 4539-1488-0343-6467",
            "ssn 536_22_87l4 # 536-22-8714",
    })
    void readsTheNumberBackWithTheDigitsTheLettersStandFor(String text, String value) {
        List<SpelledRuns.Run> runs = DigitLookalikes.in(text);

        assertThat(runs).isNotEmpty();
        SpelledRuns.Run first = runs.get(0);
        assertThat(first.value()).isEqualTo(value);
        assertThat(first.end() - first.start()).isEqualTo(value.length()); // one character for one
        assertThat(text.substring(first.start(), first.end())).isNotEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "4539 1488 0343 6467", // digits only: read as written
            "SOS 1234 5678", "room 2O1", "ISO 8601", "4539B488E3436467", "Ol 12", "version 1.2l",
            "x4539 l488 O343 6467", "4539 l488 O343 6467x", "4539 l488 OlOl 6467OO", "OOOO OOO1 OOOO 6467",
            "2O24-11-O5", "l0 O00 l23",
    })
    void leavesAloneWhatNoRecognizerWouldTakeOnceRead(String text) {
        assertThat(DigitLookalikes.in(text)).isEmpty();
    }

    @Test
    void mayHoldOnlyWhereSuchALetterStandsBesideADigit() {
        assertThat(DigitLookalikes.mayHold("card 4539 l488")).isTrue();
        assertThat(DigitLookalikes.mayHold("card 45O9")).isTrue();
        assertThat(DigitLookalikes.mayHold("solo 4539 so")).isFalse();
        assertThat(DigitLookalikes.mayHold("")).isFalse();
    }
}
