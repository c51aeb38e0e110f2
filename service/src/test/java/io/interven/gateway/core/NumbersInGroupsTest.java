package io.interven.gateway.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.interven.gateway.policy.Decision;
import io.interven.gateway.testing.BuiltinPipeline;
import io.interven.spi.Finding;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A card, an SSN, a phone number or an IBAN written in groups with a separator the recognizers of grouped
 * numbers do not read ({@code _ / | * …}) is found through the whole pipeline, and its digits are not forwarded;
 * dates, paths, sizes and versions written so are no finding.
 */
class NumbersInGroupsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " # ", value = {
            "an SSN with underscores # my ssn is 536_22_8714 thanks # US_SSN # 8714",
            "an SSN with slashes # ssn: 536/22/8714. # US_SSN # 8714",
            "a card with underscores # pay with 4539_1488_0343_6467 please # CREDIT_CARD # 6467",
            "a card with slashes # card 4539/1488/0343/6467 # CREDIT_CARD # 6467",
            "a card with pipes # card 4539|1488|0343|6467 # CREDIT_CARD # 6467",
            "a card with spaced slashes # card 4539 / 1488 / 0343 / 6467 # CREDIT_CARD # 6467",
            "an SSN with two separators # ssn 536_22/8714 # US_SSN # 8714",
            "a phone number with slashes # call me at 415/555/0123 today # PHONE_NUMBER # 0123",
            "an IBAN with underscores # iban DE89_3704_0044_0532_0130_00 # IBAN # 0130",
    })
    void aNumberInGroupsIsFoundAndNotForwarded(String how, String text, String entityType, String lastDigits) {
        ScanOutcome outcome = BuiltinPipeline.get().scan(CallInputs.noteWithText(text));

        assertThat(outcome.findings()).extracting(Finding::entityType).contains(entityType);
        String forwarded = outcome.sanitized().body().get("text").asText();
        assertThat(forwarded).contains("[REDACTED:").doesNotContain(lastDigits);
        assertThat(forwarded).startsWith(text.substring(0, text.indexOf(' ') + 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "released on 2026/12/07 at 12:30:45", "GET /api/v2/users/1234/orders/5678 took 12 ms",
            "build 4_2_1_1234567 of snake_case_name", "see ISO_8601_2004 and RFC_3339",
            "Beispiel: \"-d con:20/30/600/150\".",
    })
    void datesPathsAndVersionsInGroupsAreNoFinding(String text) {
        ScanOutcome outcome = BuiltinPipeline.get().scan(CallInputs.noteWithText(text));

        assertThat(outcome.findings()).isEmpty();
        assertThat(outcome.decision()).isEqualTo(Decision.ALLOW);
    }
}
