package io.interven.gateway.request;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class OptionalWhitespaceTest {

    @ParameterizedTest
    @ValueSource(strings = {"a b", " a b", "a b ", "\t a b \t", "  \t\t a b"})
    void stripsSpacesAndTabsAroundTheValueOnly(String text) {
        assertThat(OptionalWhitespace.strip(text)).isEqualTo("a b");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\u00a0a|\u00a0a", "a\u200b|a\u200b", "\u3000a|\u3000a", "a\u000b|a\u000b", "\u000ca|\u000ca"})
    void keepsEveryOtherBlankCharacter(String text, String kept) {
        assertThat(OptionalWhitespace.strip(text)).isEqualTo(kept);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t", " \t "})
    void leavesNothingOfBlanksAlone(String text) {
        assertThat(OptionalWhitespace.strip(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\r\na", "a\n"})
    void keepsLineBreaks(String text) {
        assertThat(OptionalWhitespace.strip(text)).isEqualTo(text);
    }
}
