package io.interven.gateway.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.interven.gateway.policy.Decision;
import io.interven.gateway.testing.BuiltinPipeline;
import io.interven.spi.Finding;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A card, an SSN or a phone number written digit by digit in words is found through the whole pipeline, and the words
 * that spell it are not forwarded; prose that counts or names numbers is no finding.
 */
class NumbersInWordsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a card in words | pay with four five three nine one four eight eight zero three four three six four six"
                    + " seven please | CREDIT_CARD",
            "a card in capitals and dashes | pay with Four-Five-Three-Nine-One-Four-Eight-Eight-Zero-Three-Four-Three"
                    + "-Six-Four-Six-Seven please | CREDIT_CARD",
            "a card in words and groups | card four five three nine 1488 0343 6467 please | CREDIT_CARD",
            "an SSN with dash words | my ssn is five three six dash two two dash eight seven one four ok | US_SSN",
            "a phone number | call me at four one five, eight nine two, three four five six today | PHONE_NUMBER",
            "an SSN after its context word | my ssn: five three six two two eight seven one four ok | US_SSN",
            "a card in Spanish words | tarjeta cuatro cinco tres nueve uno cuatro ocho ocho cero tres cuatro tres seis"
                    + " cuatro seis siete gracias | CREDIT_CARD",
            "a card in German words | Karte vier fünf drei neun eins vier acht acht null drei vier drei sechs vier"
                    + " sechs sieben danke | CREDIT_CARD",
    })
    void aNumberInWordsIsFoundAndNotForwarded(String how, String text, String entityType) {
        ScanOutcome outcome = scan(text);

        assertThat(outcome.findings()).extracting(Finding::entityType).contains(entityType);
        String forwarded = outcome.sanitized().body().get("text").asText();
        assertThat(forwarded).contains("[REDACTED:" + entityType + "]").doesNotContainIgnoringCase("three nine")
                .doesNotContainIgnoringCase("three-nine").doesNotContain("eight seven").doesNotContain("nine two");
        assertThat(forwarded).startsWith(text.substring(0, text.indexOf(' ') + 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "count with me: one two three four five six seven eight nine ten",
            "one, two, three, four, five, six, seven, go", "the top five of the nine teams won one or two games",
            "rooms one two three and four five six are free", "nine to five, seven days a week, for two years",
    })
    void proseWithNumberWordsIsNoFinding(String text) {
        ScanOutcome outcome = scan(text);

        assertThat(outcome.findings()).isEmpty();
        assertThat(outcome.decision()).isEqualTo(Decision.ALLOW);
    }

    private static ScanOutcome scan(String text) {
        return BuiltinPipeline.get().scan(CallInputs.noteWithText(text));
    }
}
