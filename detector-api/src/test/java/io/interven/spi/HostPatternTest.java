package io.interven.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HostPatternTest {

    @ParameterizedTest(name = "{0} ~ {1} = {2}")
    @CsvSource({
            // an exact host is that host only
            "slack.com, slack.com, true",
            "slack.com, hooks.slack.com, false",
            "slack.com, evilslack.com, false",
            "slack.com, slack.com.evil.io, false",
            // *.domain: every sub-domain at any depth, never the apex, never a look-alike
            "*.slack.com, hooks.slack.com, true",
            "*.slack.com, a.b.hooks.slack.com, true",
            "*.slack.com, slack.com, false",
            "*.slack.com, evilslack.com, false",
            "*.slack.com, hooks.evilslack.com, false",
            "*.slack.com, slack.com.evil.io, false",
            "*.slack.com, hooks.slack.com.evil.io, false",
            "*.com, slack.com, true",
            // case and one trailing dot, on either side
            "*.Slack.COM, Hooks.SLACK.com, true",
            "Slack.COM., slack.com, true",
            "slack.com, SLACK.com., true",
            "*.slack.com, hooks.slack.com., true",
            "slack.com, slack.com.., false",
            // * alone is any host, a name or an address
            "*, localhost, true",
            "*, a.b.c.example, true",
            "*, 10.0.0.1, true",
            "*, [::1], true",
            // IPv4: exact, in every spelling a URL parser reads as that address
            "10.0.0.1, 10.0.0.1, true",
            "10.0.0.1, 10.0.0.10, false",
            "127.0.0.1, 2130706433, true",
            "127.0.0.1, 0x7f.0.0.1, true",
            "127.0.0.1, 0177.0.0.1, true",
            "127.0.0.1, 127.1, true",
            "127.0.0.1, 127.0.0.1., true",
            "127.0.0.1, 127.0.0.1.5, false",
            // IPv6: with or without brackets, compared as an address; IPv4-mapped is the IPv4 address
            "[::1], [0:0:0:0:0:0:0:1], true",
            "::1, [::1], true",
            "[2001:DB8::1], [2001:db8:0:0::1], true",
            "[2001:db8::1], [2001:db8::2], false",
            "[fe80::1], [fe80::1%25eth0], true",
            "10.1.2.3, [::ffff:10.1.2.3], true",
            // internationalized names: a Unicode pattern is its punycode
            "bücher.example, xn--bcher-kva.example, true",
            "*.bücher.example, shop.xn--bcher-kva.example, true",
            "xn--bcher-kva.example, BÜCHER.example, true",
            "bucher.example, xn--bcher-kva.example, false",
            // what is not a host matches no pattern but *
            "*.slack.com, a..slack.com, false",
            "*.slack.com, a_b.slack.com, true",
            "tool_server, TOOL_SERVER., true",
            "*.corp.internal, _acme-challenge.x.corp.internal, true",
            "*, not a host, true",
    })
    void matches(String pattern, String host, boolean matches) {
        assertThat(HostPattern.parse(pattern).matches(host)).isEqualTo(matches);
        // the same answer for the host canonicalized once beforehand, as a caller with many patterns does
        HostPattern.canonicalHost(host).ifPresent(canonical ->
                assertThat(HostPattern.parse(pattern).matchesCanonical(canonical)).isEqualTo(matches));
    }

    @Test
    void noCanonicalHostMatchesNothingNotEvenAnyHost() {
        assertThat(HostPattern.canonicalHost("not a host")).isEmpty();
        assertThat(HostPattern.parse("*").matchesCanonical(null)).isFalse();
        assertThat(HostPattern.parse("*").matchesCanonical("")).isFalse();
        assertThat(HostPattern.parse("slack.com").matchesCanonical(null)).isFalse();
    }

    @Test
    void nothingMatchesAnAbsentOrEmptyHost() {
        assertThat(HostPattern.parse("*").matches(null)).isFalse();
        assertThat(HostPattern.parse("*").matches("")).isFalse();
        assertThat(HostPattern.parse("*.slack.com").matches(null)).isFalse();
    }

    @ParameterizedTest(name = "{0} is written {1}")
    @CsvSource({
            "*.Slack.COM., *.slack.com",
            "API.GitHub.com, api.github.com",
            "bücher.example, xn--bcher-kva.example",
            "*.BÜCHER.example, *.xn--bcher-kva.example",
            "[0:0:0:0:0:0:0:1], [::1]",
            "2001:DB8:0:0:1:0:0:1, [2001:db8::1:0:0:1]",
            "[2001:db8:0:1:0:0:0:0], [2001:db8:0:1::]",
            "[2001:db8:1:2:3:4:5:6], [2001:db8:1:2:3:4:5:6]",
            "[::ffff:192.0.2.1], 192.0.2.1",
            "0x7f.1, 127.0.0.1",
            "*, *",
    })
    void theSourceIsCanonical(String pattern, String source) {
        assertThat(HostPattern.parse(pattern).source()).isEqualTo(source);
        assertThat(HostPattern.parse(source)).isEqualTo(HostPattern.parse(pattern));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "api-*.example.com | * stands alone",
            "*slack.com        | * stands alone",
            "a.*.slack.com     | * stands alone",
            "**                | * stands alone",
            "**.slack.com      | * stands alone",
            "*.*.slack.com     | * stands alone",
            "slack.com:443     | a port is not part of a host pattern",
            "[::1]:8443        | a port is not part of a host pattern",
            "10.0.0.1:80       | a port is not part of a host pattern",
            "https://slack.com | not a host:",
            "slack.com/api     | not a host:",
            "*.10.0.0.1        | not an IP address",
            "*.[::1]           | not an IP address",
            "*.0.0.1           | not an IP address",
            "fe80::1%eth0      | zone index",
            "*.                | names no host",
            "not a host        | not a host name, IPv4 or IPv6 address",
            "a_b-.example      | not a host name, IPv4 or IPv6 address",
            ".slack.com        | not a host name, IPv4 or IPv6 address",
            "slack..com        | not a host name, IPv4 or IPv6 address",
            "-slack.com        | not a host name, IPv4 or IPv6 address",
            "256.1.1.1         | not a host name, IPv4 or IPv6 address",
            "example.123       | not a host name, IPv4 or IPv6 address",
            "[::g]             | not a host name, IPv4 or IPv6 address",
            "[abc]             | not a host name, IPv4 or IPv6 address",
    })
    void refusesWhatIsNotAHostPattern(String pattern, String why) {
        assertThatThrownBy(() -> HostPattern.parse(pattern))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("'" + pattern + "' is not a host pattern: ")
                .hasMessageContaining(why);
    }

    @Test
    void refusesALabelOrNameTooLongForTheDomainNameSystem() {
        String label = "a".repeat(64);
        assertThatThrownBy(() -> HostPattern.parse(label + ".example")).isInstanceOf(IllegalArgumentException.class);
        String name = ("a".repeat(60) + ".").repeat(5) + "example";
        assertThatThrownBy(() -> HostPattern.parse(name)).isInstanceOf(IllegalArgumentException.class);
        assertThat(HostPattern.parse("a".repeat(63) + ".example").matches("a".repeat(63) + ".example")).isTrue();
    }

    @Test
    void tellsWhichKindOfPatternItIs() {
        assertThat(HostPattern.parse("*.slack.com").isSubDomainPattern()).isTrue();
        assertThat(HostPattern.parse("slack.com").isSubDomainPattern()).isFalse();
        assertThat(HostPattern.parse("*").isAnyHost()).isTrue();
        assertThat(HostPattern.parse("*").isSubDomainPattern()).isFalse();
    }

    @Test
    void aCallsHostHasOneCanonicalForm() {
        assertThat(HostPattern.canonicalHost("Hooks.Slack.COM.")).contains("hooks.slack.com");
        assertThat(HostPattern.canonicalHost("[0:0:0:0:0:0:0:1]")).contains("[::1]");
        assertThat(HostPattern.canonicalHost("2130706433")).contains("127.0.0.1");
        assertThat(HostPattern.canonicalHost("a..b")).isEmpty();
        assertThat(HostPattern.canonicalHost(null)).isEmpty();
    }
}
