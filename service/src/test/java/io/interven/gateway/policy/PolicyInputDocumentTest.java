package io.interven.gateway.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.interven.spi.Verb;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The policy input as one JSON document: every fact survives the round trip, unknown properties are ignored and
 * absent ones take their defaults (so that nodes of other versions read each other's documents), and the
 * document's property names are the rule language's vocabulary, whatever Jackson settings the HTTP layer uses.
 */
class PolicyInputDocumentTest {
    static PolicyInput everyFactSet() {
        return PolicyInput.builder().toolName("github").operation("create_issue").verb(Verb.DELETE)
                .method("DELETE").host("api.github.com").path("/repos/a/b").agentId("agent-7").agentName("bot")
                .runtimeType("crewai").dataClasses(Set.of("SECRETS", "PII")).entityTypes(Set.of("EMAIL_ADDRESS"))
                .riskScore(0.5875).riskBand(RiskBand.HIGH).reasonCodes(Set.of("SECRETS", "PII", "NEW_HOST"))
                .signalIds(Set.of("new-host")).bodyBytes(4096).build();
    }

    @Test
    void everyFactSurvivesTheRoundTrip() {
        PolicyInput input = everyFactSet();

        assertThat(PolicyInputDocument.read(PolicyInputDocument.write(input))).isEqualTo(input);
    }

    @Test
    void anAbsentFactIsWrittenAsNullAndReadBackAbsent() {
        PolicyInput sparse = PolicyInput.builder().verb(Verb.READ).build();

        assertThat(PolicyInputDocument.read(PolicyInputDocument.write(sparse))).isEqualTo(sparse);
    }

    @Test
    void theDocumentNamesEveryFactInTheRuleLanguagesWords() {
        List<String> names = new ArrayList<>();
        PolicyInputDocument.tree(everyFactSet()).fieldNames().forEachRemaining(names::add);

        assertThat(names).containsExactly("tool", "operation", "verb", "method", "host", "path", "agent_id",
                "agent_name", "runtime_type", "data_classes", "entity_types", "risk_score", "risk_band",
                "reason_codes", "signals", "body_bytes");
    }

    @Test
    void setsAreWrittenInAlphabeticalOrderWhateverOrderTheyWereGivenIn() {
        java.util.LinkedHashSet<String> given = new java.util.LinkedHashSet<>(
                List.of("SECRETS", "PII", "CREDENTIALS", "FINANCIAL", "HEALTH", "CUSTOMER_DATA", "INTERNAL"));
        PolicyInput input = PolicyInput.builder().verb(Verb.WRITE).dataClasses(given).reasonCodes(given)
                .entityTypes(given).signalIds(given).build();

        List<String> sorted = given.stream().sorted().toList();
        com.fasterxml.jackson.databind.node.ObjectNode document = PolicyInputDocument.tree(input);
        for (String set : List.of("data_classes", "entity_types", "reason_codes", "signals")) {
            List<String> written = new ArrayList<>();
            document.get(set).forEach(value -> written.add(value.asText()));
            assertThat(written).as(set).containsExactlyElementsOf(sorted);
        }
    }

    @Test
    void unknownPropertiesOfANewerNodeAreIgnored() {
        PolicyInput read = PolicyInputDocument.read("""
                {"tool": "slack", "verb": "WRITE", "risk_score": 0.3, "risk_band": "MEDIUM",
                 "request_rate": 12, "destination": {"country": "NZ"}, "signals": ["burst"]}""");

        assertThat(read).isEqualTo(PolicyInput.builder().toolName("slack").verb(Verb.WRITE).riskScore(0.3)
                .riskBand(RiskBand.MEDIUM).signalIds(Set.of("burst")).build());
    }

    @Test
    void absentPropertiesOfAnOlderNodeTakeTheirDefaults() {
        PolicyInput read = PolicyInputDocument.read("{\"verb\": \"READ\", \"risk_score\": 0.9}");

        assertThat(read.toolName()).isNull();
        assertThat(read.host()).isNull();
        assertThat(read.dataClasses()).isEmpty();
        assertThat(read.entityTypes()).isEmpty();
        assertThat(read.reasonCodes()).isEmpty();
        assertThat(read.signalIds()).isEmpty();
        assertThat(read.bodyBytes()).isZero();
        assertThat(read.riskBand()).as("the band of the score under the default thresholds")
                .isEqualTo(RiskBand.CRITICAL);
    }

    @Test
    void aDocumentWithoutAVerbIsNotAPolicyInput() {
        assertThatThrownBy(() -> PolicyInputDocument.read("{\"tool\": \"slack\"}"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PolicyInputDocument.read("not json"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theShapeDoesNotDependOnTheCallersJacksonSettings() throws Exception {
        ObjectMapper camel = new ObjectMapper();
        JsonNode tree = camel.readTree(PolicyInputDocument.write(everyFactSet()));

        assertThat(PolicyInputDocument.read(tree)).isEqualTo(everyFactSet());
        assertThat(tree.has("agent_name")).isTrue();
        assertThat(tree.has("agentName")).isFalse();
    }

    @Test
    void aDerivedInputChangesOnlyWhatItSets() {
        PolicyInput input = everyFactSet();

        PolicyInput derived = input.toBuilder().host("[REDACTED:EMAIL_ADDRESS].example").build();

        assertThat(derived).isEqualTo(new PolicyInput(input.toolName(), input.operation(), input.verb(),
                input.method(), "[REDACTED:EMAIL_ADDRESS].example", input.path(), input.agentId(), input.agentName(),
                input.runtimeType(), input.dataClasses(), input.entityTypes(), input.riskScore(), input.riskBand(),
                input.reasonCodes(), input.signalIds(), input.bodyBytes()));
        assertThat(input.toBuilder().build()).isEqualTo(input);
    }
}
