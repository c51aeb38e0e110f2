package io.interven.gateway.contract;

import static io.interven.gateway.contract.ErrorAssertions.assertInvalidFields;
import static io.interven.gateway.contract.PolicyApi.APPLY;
import static io.interven.gateway.contract.PolicyApi.apply;
import static io.interven.gateway.contract.PolicyApi.decidedBy;
import static io.interven.gateway.contract.PolicyApi.policy;
import static io.interven.gateway.contract.PolicyApi.read;
import static io.interven.gateway.contract.PolicyApi.rule;
import static io.interven.gateway.contract.PolicyApi.versionNumbers;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.interven.gateway.testing.HttpResult;
import io.interven.gateway.testing.TenantFixture;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Host patterns ({@code match.host}) through the API: stored in their canonical form and read back from the
 * database, matched against the host of the scanned URL whatever its port, case, trailing dot or IP spelling, and
 * refused with 400 naming the field when they are not host patterns.
 */
abstract class HostPatternContract extends GatewayContract {
    static final String DEFAULT = "ALLOW by builtin-default/otherwise-allow";

    @Test
    void aScannedUrlsHostIsMatchedAsTheRuleSays() {
        TenantFixture tenant = newTenant();
        apply(tenant, policy("hosts", List.of(
                rule("slack-sub-domains", Map.of("host", "*.slack.com"), "DENY", 30),
                rule("internal-addresses", Map.of("host", List.of("10.0.0.1", "[2001:db8::1]")), "DENY", 20),
                rule("unicode-name", Map.of("host", "bücher.example"), "DENY", 10))));

        Map<String, String> decided = new LinkedHashMap<>();
        for (String url : List.of("https://hooks.slack.com:8443/services/T/B/x", "https://a.b.files.slack.com/x",
                "https://HOOKS.Slack.COM./services/T/B/x", "http://10.0.0.1:8080/x", "http://167772161/x",
                "http://[2001:DB8:0:0:0:0:0:1]:443/x", "https://xn--bcher-kva.example/x", "https://slack.com/x",
                "https://evilslack.com/x", "https://slack.com.evil.io/x", "http://10.0.0.10/x")) {
            decided.put(url, decidedBy(tenant.scan(Map.of("method", "GET", "url", url))));
        }

        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("https://hooks.slack.com:8443/services/T/B/x", "DENY by hosts/slack-sub-domains");
        expected.put("https://a.b.files.slack.com/x", "DENY by hosts/slack-sub-domains");
        expected.put("https://HOOKS.Slack.COM./services/T/B/x", "DENY by hosts/slack-sub-domains");
        expected.put("http://10.0.0.1:8080/x", "DENY by hosts/internal-addresses");
        expected.put("http://167772161/x", "DENY by hosts/internal-addresses");
        expected.put("http://[2001:DB8:0:0:0:0:0:1]:443/x", "DENY by hosts/internal-addresses");
        expected.put("https://xn--bcher-kva.example/x", "DENY by hosts/unicode-name");
        expected.put("https://slack.com/x", DEFAULT);
        expected.put("https://evilslack.com/x", DEFAULT);
        // no policy matches it, but it imitates slack.com: THREAT_INTEL (look-alike, 0.6) makes it HIGH
        expected.put("https://slack.com.evil.io/x", "REQUIRE_APPROVAL by builtin-default/high-risk-approval");
        expected.put("http://10.0.0.10/x", DEFAULT);
        assertThat(decided).isEqualTo(expected);
    }

    @Test
    void aPatternIsStoredInItsCanonicalFormSoTheSameMeaningIsTheSameVersion() {
        TenantFixture tenant = newTenant();
        apply(tenant, policy("canonical", List.of(rule("r", Map.of("host",
                List.of("*.Slack.COM.", "BÜCHER.example", "[0:0:0:0:0:0:0:1]")), "DENY", 10))));

        HttpResult stored = read(tenant, "/by-name/canonical");
        apply(tenant, policy("canonical", List.of(rule("r", Map.of("host",
                List.of("*.slack.com", "xn--bcher-kva.example", "::1")), "DENY", 10))));

        assertThat(stored.status()).as(stored.text()).isEqualTo(200);
        assertThat(texts(stored.json().path("rules").get(0).path("match").path("host")))
                .containsExactly("*.slack.com", "xn--bcher-kva.example", "[::1]");
        assertThat(versionNumbers(tenant, "canonical")).containsExactly(1);
    }

    @Test
    void aValueThatIsNotAHostPatternAnswers400NamingTheField() {
        TenantFixture tenant = newTenant();

        HttpResult answer = tenant.gateway().post(APPLY, tenant.key(), policy("bad-hosts", List.of(
                rule("mid-label", Map.of("host", "api-*.example.com"), "DENY", 10),
                rule("with-port", Map.of("host", List.of("slack.com", "slack.com:443")), "DENY", 10),
                rule("double-star", Map.of("host", "**.slack.com"), "DENY", 10))));

        assertInvalidFields(answer, "rules[0].match.host", "rules[1].match.host[1]", "rules[2].match.host");
        assertThat(answer.text()).contains("* stands alone").contains("a port is not part of a host pattern");
        assertThat(read(tenant, "/by-name/bad-hosts").status()).isEqualTo(404);
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }
}
