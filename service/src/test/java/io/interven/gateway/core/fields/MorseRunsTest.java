package io.interven.gateway.core.fields;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Values in Morse code are read back in capitals; rules, ellipses, numbers and stray dots and dashes are not runs. */
class MorseRunsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "letters a space apart | card ....- ..... ...-- ----. .---- ....- ---.. ---.. thanks | 45391488",
            "words a slash apart | ....- ..... ...-- ----. / .---- ....- ---.. ---.. | 4539 1488",
            "words three spaces apart | ....- ..... ...-- ----.   .---- ....- ---.. ---.. | 4539 1488",
            "an AWS key id | .- -.- .. .- --.. --... --.- .-- ...-- .-. - ..... | AKIAZ7QW3RT5",
            "middle dots and minus signs | ····− ····· ···−− −−−−· ·−−−− ····− −−−·· −−−·· | 45391488",
    })
    void aValueInMorseIsReadBack(String how, String text, String value) {
        assertThat(MorseRuns.mayHold(text)).isTrue();
        assertThat(MorseRuns.in(text)).extracting(SpelledRuns.Run::value).containsExactly(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"----- section -----", "wait... - what? - ok...", "x = -1.5 - .5 + -.25",
        "e.g.-like a.-b words", "- - - - - - - - - -", ".- -... -.-. short", "--------------------------------",
        "v1.2.3-rc.1 and 0.-1", "... --- ... ... --- ..."})
    void rulesEllipsesAndNumbersAreNoRuns(String text) {
        assertThat(MorseRuns.in(text)).isEmpty();
    }
}
