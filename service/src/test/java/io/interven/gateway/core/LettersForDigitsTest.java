package io.interven.gateway.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.interven.gateway.policy.Decision;
import io.interven.gateway.testing.BuiltinPipeline;
import io.interven.spi.Finding;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A card, an SSN or a phone number with some digits written as the letters that look like them ({@code O} for 0,
 * {@code l} for 1, {@code S} for 5) is found through the whole pipeline and not forwarded; words, codes and hex
 * strings with such letters beside digits are no finding.
 */
class LettersForDigitsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " # ", value = {
            "a card with l and O # card 4539 l488 O343 6467 thanks # CREDIT_CARD # 6467",
            "a card with dashes # card 4539-l488-O343-6467 # CREDIT_CARD # 6467",
            "a card with S for 5 # pay with 4S39 1488 0343 6467 # CREDIT_CARD # 6467",
            "a card in one run # card 4539l48803436467 ok # CREDIT_CARD # 6467",
            "a card with lower-case o # card 4539 1488 o343 6467 # CREDIT_CARD # 6467",
            "an SSN with l for 1 # my ssn is 536-22-87l4 # US_SSN # 87l4",
            "a phone number with O and l # call me at 415-555-Ol23 today # PHONE_NUMBER # Ol23",
            "a card after a word of such letters # is 4539 l488 O343 6467 so # CREDIT_CARD # 6467",
            "a card with slashes too # card 4539/l488/O343/6467 # CREDIT_CARD # 6467",
    })
    void aNumberWithLettersForDigitsIsFoundAndNotForwarded(String how, String text, String entityType,
                                                          String lastGroup) {
        ScanOutcome outcome = BuiltinPipeline.get().scan(CallInputs.noteWithText(text));

        assertThat(outcome.findings()).extracting(Finding::entityType).contains(entityType);
        String forwarded = outcome.sanitized().body().get("text").asText();
        assertThat(forwarded).contains("[REDACTED:").doesNotContain(lastGroup);
        assertThat(forwarded).startsWith(text.substring(0, text.indexOf(' ') + 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "the SOS signal 1234 5678 came in at 10 o'clock", "flight LO 1234 and IL-2 on the 1st",
            "sha 4539B488E3436467 of the build", "meet in room 2O1 on floor 3", "order ZS-1234-5678 shipped",
            "version 1.2l is out, see is0 8601", "Ol 12 and sOl 34", "card 4539 l488 O343 6468 is not valid",
            "at 1O:3O:45 on 2O24/11/O5",
    })
    void wordsCodesAndHexWithSuchLettersAreNoFinding(String text) {
        ScanOutcome outcome = BuiltinPipeline.get().scan(CallInputs.noteWithText(text));

        assertThat(outcome.findings()).isEmpty();
        assertThat(outcome.decision()).isEqualTo(Decision.ALLOW);
    }
}
