package io.interven.plugin.signals.intel;

import static org.assertj.core.api.Assertions.assertThat;

import io.interven.spi.OutboundCall;
import io.interven.spi.PluginSettings;
import io.interven.spi.SignalResult;
import java.io.IOException;
import java.net.IDN;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LookalikeTest {
    private final ThreatIntelSignal signal = new ThreatIntelSignal();

    private Optional<SignalResult> evaluate(String host) {
        return signal.evaluate(IntelCalls.toHost(host, "/api"));
    }

    @ParameterizedTest
    @CsvSource({
        "s1ack.com, slack.com", "hooks.s1ack.com, slack.com", "githuh.com, github.com", "api.githuh.com, github.com",
        "g1thub.io, github.com", "git-hub.com, github.com", "slack-com.net, slack.com", "githubcom.io, github.com",
        "slakc.com, slack.com", "slck.com, slack.com", "slaack.com, slack.com", "sendgird.com, sendgrid.com",
        "open-ai.com, openai.com", "0penai.com, openai.com", "opena1.net, openai.com", "anthrop1c.com, anthropic.com",
        "stripe.co, stripe.com", "github.co.uk, github.com", "slack.com.evil.io, slack.com",
        "github.com.evil.io, github.com", "api.github.com.attacker.net, github.com", "discrod.com, discord.com",
        "salesf0rce.com, salesforce.com", "atlasian.net, atlassian.net", "zendesk.help.example-zendesk.co, ''",
        "hubsp0t.com, hubspot.com", "twi1io.com, twilio.com", "n0tion.so, notion.so"})
    void lookAlikesOfCatalogueDomainsFire(String host, String imitated) {
        Optional<SignalResult> fired = evaluate(host);

        if (imitated.isEmpty()) {
            assertThat(fired).as(host).isEmpty();
            return;
        }
        assertThat(fired).as(host).isPresent();
        assertThat(fired.get().weight()).isEqualTo(0.6);
        assertThat(fired.get().detail()).isEqualTo("destination looks like " + imitated);
    }

    @ParameterizedTest
    @ValueSource(strings = {"slаck.com", "gіthub.com", "ѕlack.com", "οpenai.com", "stripé.com", "xn--slck-63d.com"})
    void aPunycodeLabelMadeOfLookAlikeLettersFires(String unicodeHost) {
        String punycode = IDN.toASCII(unicodeHost);
        assertThat(punycode).startsWith("xn--");

        assertThat(evaluate(punycode)).as(punycode).isPresent();
        assertThat(evaluate(unicodeHost)).as(unicodeHost).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"slack.com", "hooks.slack.com", "files.slack.com", "a.b.slack.com", "api.github.com",
        "raw.githubusercontent.com", "uploads.github.com", "acme.github.io", "acme.atlassian.net", "api.stripe.com",
        "api.sendgrid.com", "gmail.googleapis.com", "api.openai.com", "api.anthropic.com", "acme.zendesk.com",
        "api.hubapi.com", "discord.com", "www.notion.so", "slack-edge.com", "chatgpt.com",
        // ordinary hosts, including ones that merely contain or resemble a name
        "gitlab.com", "bitbucket.org", "stackoverflow.com", "black.com", "slick.io", "stack.com", "githubs-fan.org",
        "slack.acme.com", "github.acme-corp.internal", "mygithubnotes.com", "example.com", "hooks.example.com",
        "stripes.com", "notions.org", "email.com", "api.acme.co.uk", "x.y.z.example.org", "localhost", "openapi.org"})
    void genuineAndOrdinaryHostsDoNotFire(String host) {
        assertThat(evaluate(host)).as(host).isEmpty();
    }

    @Test
    void ipAddressesAreNeverLookAlikes() {
        assertThat(evaluate("10.0.0.1")).isEmpty();
        assertThat(evaluate("[2001:db8::1]")).isEmpty();
    }

    @Test
    void aRentedNameIsJudgedByTheLabelBeforeItsSharedHostingSuffix() {
        OutboundCall rented = new OutboundCall("POST", "https://githuh.herokuapp.com/", "githuh.herokuapp.com", "/",
                "", Map.of(), "herokuapp.com");
        OutboundCall ordinary = new OutboundCall("POST", "https://acme.herokuapp.com/", "acme.herokuapp.com", "/", "",
                Map.of(), "herokuapp.com");

        assertThat(signal.evaluate(IntelCalls.context(rented))).isPresent();
        assertThat(signal.evaluate(IntelCalls.context(ordinary))).isEmpty();
    }

    @Test
    void anOperatorCanAllowADomainAndTurnLookAlikesOff() {
        ThreatIntelSignal allowing = new ThreatIntelSignal();
        allowing.configure(PluginSettings.of(Map.of("threat-intel", Map.of("lookalike-allow", "githuh.com"))));
        ThreatIntelSignal off = new ThreatIntelSignal();
        off.configure(PluginSettings.of(Map.of("threat-intel", Map.of("lookalikes", false))));

        assertThat(allowing.evaluate(IntelCalls.toHost("api.githuh.com", "/"))).isEmpty();
        assertThat(allowing.evaluate(IntelCalls.toHost("s1ack.com", "/"))).isPresent();
        assertThat(off.evaluate(IntelCalls.toHost("s1ack.com", "/"))).isEmpty();
    }

    /** Every vendor domain of the tools plugin's catalogue is known here, as imitated or genuine. */
    @Test
    void everyCatalogueVendorDomainIsKnown() throws IOException {
        Path catalogue = Path.of("../tools/src/main/resources/io/interven/plugin/tools/tool-catalogue.txt");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(catalogue), "run from the repository");
        Set<String> vendorDomains = new TreeSet<>();
        Matcher vendor = Pattern.compile("(?m)^VENDOR\\s+\\S+\\s+(\\S+)").matcher(Files.readString(catalogue));
        while (vendor.find()) {
            for (String host : vendor.group(1).split(",")) {
                vendorDomains.add(host.startsWith("*.") ? host.substring(2) : host);
            }
        }
        CatalogueDomains known = CatalogueDomains.builtIn();

        assertThat(vendorDomains).isNotEmpty();
        for (String domain : vendorDomains) {
            assertThat(known.genuine().stream().anyMatch(g -> domain.equals(g) || domain.endsWith("." + g)))
                    .as(domain).isTrue();
        }
        assertThat(List.copyOf(known.imitated().values())).contains("slack.com", "github.com", "openai.com");
    }
}
