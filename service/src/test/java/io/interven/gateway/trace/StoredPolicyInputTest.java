package io.interven.gateway.trace;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.interven.gateway.policy.PolicyInput;
import io.interven.gateway.policy.PolicyInputDocument;
import io.interven.gateway.policy.RiskBand;
import io.interven.spi.Verb;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The policy input as a trace stores it: as is when it fits, else bounded and cleaned, and always readable. */
class StoredPolicyInputTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static PolicyInput.Builder call() {
        return PolicyInput.builder().toolName("slack").operation("post_message").verb(Verb.WRITE).method("POST")
                .host("hooks.slack.com").path("/services/T1/B1/x").agentId("agent-1").agentName("bot")
                .riskScore(0.25).riskBand(RiskBand.LOW).dataClasses(Set.of("PII"))
                .entityTypes(Set.of("EMAIL_ADDRESS", "PHONE_NUMBER")).reasonCodes(Set.of("PII")).bodyBytes(120);
    }

    @Test
    void anInputThatFitsIsStoredAsIs() {
        PolicyInput input = call().build();

        assertThat(PolicyInputDocument.read(StoredPolicyInput.document(input))).isEqualTo(input);
    }

    @Test
    void listsAreStoredSortedSoThatTheSameInputIsTheSameDocument() throws Exception {
        JsonNode stored = JSON.readTree(StoredPolicyInput.document(call().build()));

        assertThat(stored.path("entity_types").toString()).isEqualTo("[\"EMAIL_ADDRESS\",\"PHONE_NUMBER\"]");
    }

    @Test
    void longTextsAreCutAndControlCharactersAndLoneSurrogatesReplaced() throws Exception {
        PolicyInput input = call().host("h".repeat(5000)).agentName("bot\u0000\ud800 \uD83D\uDE00")
                .entityTypes(Set.of("T".repeat(3000))).build();

        String document = StoredPolicyInput.document(input);
        PolicyInput read = PolicyInputDocument.read(document);

        assertThat(read.host()).hasSize(StoredPolicyInput.MAX_TEXT).endsWith("\u2026");
        assertThat(read.agentName()).isEqualTo("bot\uFFFD\uFFFD \uD83D\uDE00");
        assertThat(read.entityTypes()).singleElement().satisfies(t -> assertThat(t).hasSize(StoredPolicyInput.MAX_TEXT));
        assertThat(document).doesNotContain("\\u0000");
        assertThat(read.path()).isEqualTo(input.path());
    }

    @Test
    void aListKeepsItsFirstValuesInOrder() {
        Set<String> many = new HashSet<>();
        for (int i = 0; i < StoredPolicyInput.MAX_VALUES + 50; i++) {
            many.add(String.format("SIGNAL_%05d", i));
        }

        PolicyInput read = PolicyInputDocument.read(StoredPolicyInput.document(call().signalIds(many).build()));

        assertThat(read.signalIds()).hasSize(StoredPolicyInput.MAX_VALUES).contains("SIGNAL_00000")
                .doesNotContain(String.format("SIGNAL_%05d", StoredPolicyInput.MAX_VALUES));
    }
}
