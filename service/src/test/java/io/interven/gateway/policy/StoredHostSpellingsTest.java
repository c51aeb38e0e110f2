package io.interven.gateway.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.interven.gateway.errors.ApiException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A policy stored before host patterns had one meaning keeps deciding where its spelling means what a host pattern
 * means today, and fails closed where it does not.
 */
class StoredHostSpellingsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void anEarlierAnyDepthSpellingStillMatchesEverySubDomainAndNeverTheApex() throws Exception {
        RuleMatch match = storedMatch("\"**.slack.com\"");

        assertThat(match.hosts()).singleElement().satisfies(pattern -> {
            assertThat(pattern.matches("hooks.slack.com")).isTrue();
            assertThat(pattern.matches("a.b.slack.com")).isTrue();
            assertThat(pattern.matches("slack.com")).isFalse();
            assertThat(pattern.matches("evilslack.com")).isFalse();
        });
    }

    @Test
    void anEarlierAnyHostSpellingInAListStillMatchesEveryHost() throws Exception {
        RuleMatch match = storedMatch("[\"api.github.com\", \"**\"]");

        assertThat(match.hosts()).hasSize(2);
        assertThat(match.hosts().get(1).matches("anything.example.org")).isTrue();
    }

    @Test
    void anEarlierSpellingWithNoEquivalentFailsToLoadInsteadOfMatchingSomethingElse() {
        assertThatThrownBy(() -> storedMatch("\"api-*.example.com\"")).isInstanceOf(ApiException.class)
                .hasMessageContaining("no longer parses");
        assertThatThrownBy(() -> storedMatch("\"**.*.example.com\"")).isInstanceOf(ApiException.class);
    }

    @Test
    void theApplyEndpointStillRefusesTheEarlierSpellings() {
        assertThatThrownBy(() -> PolicyDocumentParser.parse(JSON.readTree("""
                {"name": "p", "rules": [{"rule_id": "r", "match": {"host": "**.slack.com"}, "action": "DENY"}]}"""),
                "production")).isInstanceOf(ApiException.class);
    }

    @Test
    void theStoredDocumentItselfIsNotChanged() throws Exception {
        JsonNode stored = rules("\"**.slack.com\"");
        PolicyDocumentParser.storedRules(stored);

        assertThat(stored.get(0).get("match").get("host").asText()).isEqualTo("**.slack.com");
    }

    private static RuleMatch storedMatch(String hostJson) throws Exception {
        List<PolicyRule> rules = PolicyDocumentParser.storedRules(rules(hostJson));
        return rules.get(0).match();
    }

    private static JsonNode rules(String hostJson) throws Exception {
        return JSON.readTree("[{\"rule_id\": \"r\", \"match\": {\"host\": " + hostJson
                + "}, \"condition\": {}, \"action\": \"DENY\", \"priority\": 1}]");
    }
}
