package io.interven.gateway.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.interven.gateway.policy.Decision;
import io.interven.gateway.testing.BuiltinPipeline;
import io.interven.spi.AgentRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Card numbers sent as JSON numbers, however written ({@code 4111111111111111}, {@code 4111111111111111.0},
 * {@code 4.111111111111111E15}), at the top level (read as doubles or as BigDecimal) or in JSON inside a string:
 * the card is found and the sanitized body no longer holds it.
 */
class JsonNumberCardsTest {
    static final ObjectMapper DOUBLES = new ObjectMapper();
    static final ObjectMapper DECIMALS = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    static final int CARDS = 12;

    static List<String> writings(String card) {
        return List.of(card, card + ".0", card + ".00", card.charAt(0) + "." + card.substring(1) + "E15",
                card.charAt(0) + "." + card.substring(1) + "e+15");
    }

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (int i = 0; i < CARDS; i++) {
            String card = EveryPlaceScannedTest.visaCard(new Random(7_000 + i));
            for (String number : writings(card)) {
                cases.add(Arguments.of(card, "{\"amount\": 12, \"card\": " + number + "}", DOUBLES));
                cases.add(Arguments.of(card, "{\"amount\": 12, \"card\": " + number + "}", DECIMALS));
                cases.add(Arguments.of(card, "{\"payload\": \"{\\\"card\\\": " + number + "}\"}", DOUBLES));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("cases")
    void aCardSentAsANumberIsFoundAndRedacted(String card, String json, ObjectMapper reader) throws Exception {
        JsonNode body = reader.readTree(json);
        CallInput call = new CallInput(UUID.randomUUID(), "production", "salt", "POST",
                "https://notes.example-corp.com/v1/notes", Map.of("Content-Type", "application/json"), body,
                json.length(), new AgentRef(UUID.randomUUID().toString(), "test", "custom"));

        ScanOutcome outcome = BuiltinPipeline.get().scan(call);

        assertThat(outcome.findings()).extracting(f -> f.entityType()).contains("CREDIT_CARD");
        assertThat(outcome.decision()).isEqualTo(Decision.SANITIZE);
        String clean = outcome.sanitized().body().toString();
        assertThat(clean).doesNotContain(card.substring(0, 8)).doesNotContain(card.substring(1, 9))
                .contains("[REDACTED:CREDIT_CARD]");
    }
}
