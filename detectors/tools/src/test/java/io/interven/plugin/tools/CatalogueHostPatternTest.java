package io.interven.plugin.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interven.spi.HostPattern;
import io.interven.spi.OutboundCall;
import io.interven.spi.ToolMatch;
import io.interven.spi.Verb;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The catalogue's HOST column means what a policy's {@code match.host} means ({@link HostPattern}): an exact host,
 * {@code *.domain} for its sub-domains at any depth but not the domain itself, case, a trailing dot and the port of
 * the call's URL changing nothing.
 */
class CatalogueHostPatternTest {
    private static final ToolCatalogue CATALOGUE = ToolCatalogue.builtIn();

    private static Optional<ToolMatch> recognize(String method, String url) {
        return CATALOGUE.lookup(OutboundCall.of(method, url, Map.of()));
    }

    private static ToolCatalogue catalogueOf(String hosts) {
        return new ToolCatalogue(CatalogueFileParser.parse("test", "GET " + hosts + " /x example get_x\n"));
    }

    @ParameterizedTest(name = "{0} {1} -> {2}/{3}")
    @CsvSource({
            // *.zendesk.com: a sub-domain, a deep sub-domain; the port of the URL is not part of its host
            "POST, https://acme.zendesk.com/api/v2/tickets, zendesk, create_ticket",
            "POST, https://eu.acme.zendesk.com/api/v2/tickets, zendesk, create_ticket",
            "POST, https://acme.zendesk.com:8443/api/v2/tickets, zendesk, create_ticket",
            // exact hosts: case and a trailing dot change nothing, nor does a port
            "POST, https://API.GitHub.COM./repos/o/r/issues, github, create_issue",
            "POST, https://api.github.com:443/repos/o/r/issues, github, create_issue",
            "POST, https://HOOKS.slack.com.:8443/services/T/B/X, slack, post_message",
            // *.slack.com at any depth is still Slack as a vendor
            "POST, https://a.b.files.slack.com/upload, slack, http_post",
    })
    void matchesHostsAsPoliciesDo(String method, String url, String tool, String operation) {
        assertThat(recognize(method, url)).map(ToolMatch::toolName).contains(tool);
        assertThat(recognize(method, url)).map(ToolMatch::operation).contains(operation);
    }

    @ParameterizedTest(name = "{0} {1} is no catalogue tool")
    @CsvSource({
            // *.zendesk.com is not zendesk.com itself, nor a look-alike
            "POST, https://zendesk.com/api/v2/tickets",
            "POST, https://evilzendesk.com/api/v2/tickets",
            "POST, https://acme.evilzendesk.com/api/v2/tickets",
            "POST, https://acme.zendesk.com.evil.io/api/v2/tickets",
            // an exact host is not a suffix or a prefix of another host
            "POST, https://xapi.github.com.evil.io/repos/o/r/issues",
            "POST, https://slack.com.evil.io/api/chat.postMessage",
            // an IP address is no vendor's host
            "POST, https://140.82.112.6/repos/o/r/issues",
            "POST, https://[2001:db8::1]/repos/o/r/issues",
    })
    void leavesOtherHostsUnknown(String method, String url) {
        assertThat(recognize(method, url)).isEmpty();
    }

    @Test
    void anIpAddressInTheCatalogueMatchesThatAddressInAnySpelling() {
        ToolCatalogue catalogue = catalogueOf("10.0.0.1,[2001:db8::1]");
        ToolMatch getX = new ToolMatch("example", "get_x", Verb.READ);

        assertThat(catalogue.lookup(OutboundCall.of("GET", "http://10.0.0.1:8080/x", Map.of()))).contains(getX);
        assertThat(catalogue.lookup(OutboundCall.of("GET", "http://167772161/x", Map.of()))).contains(getX);
        assertThat(catalogue.lookup(OutboundCall.of("GET", "http://[2001:DB8:0:0:0:0:0:1]:80/x", Map.of())))
                .contains(getX);
        assertThat(catalogue.lookup(OutboundCall.of("GET", "http://10.0.0.10/x", Map.of()))).isEmpty();
    }

    @Test
    void aUnicodeCatalogueHostMatchesItsPunycode() {
        ToolCatalogue catalogue = catalogueOf("*.bücher.example");

        assertThat(catalogue.lookup(OutboundCall.of("GET", "https://shop.xn--bcher-kva.example/x", Map.of())))
                .contains(new ToolMatch("example", "get_x", Verb.READ));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "*                  | name the vendor's hosts",
            "api-*.example.com  | * stands alone",
            "**.example.com     | * stands alone",
            "api.example.com:443 | a port is not part of a host pattern",
            "*.10.0.0.1         | not an IP address",
    })
    void refusesWhatPoliciesRefuseAndAnyHost(String host, String why) {
        assertThatThrownBy(() -> catalogueOf(host))
                .hasMessageContaining("test line 1")
                .hasMessageContaining(why);
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource({
            "*.slack.com, hooks.slack.com", "*.slack.com, a.b.slack.com", "*.slack.com, slack.com",
            "*.slack.com, evilslack.com", "*.slack.com, slack.com.evil.io", "slack.com, slack.com",
            "slack.com, hooks.slack.com", "10.0.0.1, 10.0.0.1", "10.0.0.1, 10.0.0.2",
    })
    void agreesWithThePolicyMeaningOnEveryHostNotRented(String pattern, String host) {
        OutboundCall call = OutboundCall.of("GET", "https://" + host + "/x", Map.of());

        assertThat(catalogueOf(pattern).lookup(call).isPresent()).isEqualTo(HostPattern.parse(pattern).matches(host));
    }
}
