package io.interven.gateway.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A scan's URL with a Unicode host is read with its host in punycode, the rest as written; other URLs as before. */
class ScanUrlTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "https://bücher.example/a?q=ü#f | https://xn--bcher-kva.example/a?q=ü#f",
            "https://user:pw@BÜCHER.example:8443/x | https://user:pw@xn--bcher-kva.example:8443/x",
            "http://пример.рф | http://xn--e1afmkfd.xn--p1ai",
            "https://bücher。example/ | https://xn--bcher-kva.example/",
            "https://ｈｏｏｋｓ.ｓｌａｃｋ.ｃｏｍ/services/T1 | https://hooks.slack.com/services/T1",
            "https://hooks.slack\u200B.com/x | https://hooks.slack.com/x",
            "https://api.gіthub.com/user | https://api.xn--gthub-n2e.com/user",
            "https://a@b@bücher.example?x | https://a@b@xn--bcher-kva.example?x"})
    void aUnicodeHostIsReadInPunycode(String given, String read) {
        assertThat(ScanUrl.of(given)).contains(read);
    }

    /** What a client escapes before sending (requests, httpx, browsers), escaped as it does; the rest as written. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", quoteCharacter = '\'', value = {
            "https://api.example.com/search?q=hello world => https://api.example.com/search?q=hello%20world",
            "https://api.example.com/items/[1]?filter[status]=open "
                    + "=> https://api.example.com/items/%5B1%5D?filter[status]=open",
            "https://api.example.com/q?json={\"a\":1,\"b\":\"x y\"} "
                    + "=> https://api.example.com/q?json=%7B%22a%22:1,%22b%22:%22x%20y%22%7D",
            "https://api.example.com/discount?pct=100%&x=%41 => https://api.example.com/discount?pct=100%25&x=%41",
            "https://api.example.com/a|b^c`d<e>f\\g => https://api.example.com/a%7Cb%5Ec%60d%3Ce%3Ef%5Cg",
            "https://hooks.slack.com/services/T0/B0/x?text=<@U123> hi "
                    + "=> https://hooks.slack.com/services/T0/B0/x?text=%3C@U123%3E%20hi",
            "https://x.example/p#a#b c => https://x.example/p#a%23b%20c",
            "https://bücher.example/ä ö?q=[1] => https://xn--bcher-kva.example/ä%20ö?q=[1]",
            "https://api.example.com/items?filter[status]=open => https://api.example.com/items?filter[status]=open",
            "http://tool_server:8000/run?q=a b => http://tool_server:8000/run?q=a%20b"})
    void whatClientsEscapeIsEscaped(String given, String sent) {
        assertThat(ScanUrl.of(given)).contains(sent);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://api.example.com/a\nb", "https://api.example.com/?q=a\tb",
            "https://api.example.com/\u0000", "https://exa mple.com/?q=a b"})
    void controlCharactersAndSpacesInTheHostAreStillRefused(String url) {
        assertThat(ScanUrl.of(url)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://example.com", "HTTPS://Example.com/", "http://127.0.0.1:8080/x",
            "https://[::1]:8443/x", "https://api.example.com/ü?q=é", "https://üser:pässword@example.com/",
            "http://tool_server:8000/run", "https://_acme-challenge.example.com/",
            "https://x@hooks.slack.com@evil.example/"})
    void aUrlWithAnAsciiHostIsKeptAsWritten(String url) {
        assertThat(ScanUrl.of(url)).contains(url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://exa mple.com/", "https://bü cher.example/", "ftp://bücher.example/",
            "https://", "https:///x", "bücher.example/x", "://bücher.example", "https://bücher..example/",
            "https://xn--bcher-kva.example\u0000/", "https://[bücher]/x", "http://tool server/x",
            "http://a_b-.example/"})
    void anythingElseIsNoUrlToScan(String url) {
        assertThat(ScanUrl.of(url)).isEmpty();
    }

    /**
     * Whatever follows the host, the URL to scan is read with the host it was written with (in punycode, lower case
     * as every stage compares it): escaping never moves the authority, so no path, query or fragment can make the
     * gateway judge another host than the client reaches. And what {@link java.net.URI} accepts as written stays
     * as written.
     */
    @org.junit.jupiter.api.Test
    void escapingNeverChangesTheHostThatIsRead() {
        String[] hosts = {"hooks.slack.com", "Bücher.example", "tool_server", "api.gіthub.com", "127.0.0.1",
                "[::1]", "a_b.corp.internal."};
        String[] users = {"", "u:p@", "x@hooks.slack.com@", "a b@"};
        String[] ports = {"", ":8443"};
        String pieces = " \"<>\\^`{|}[]%#?/=&@:;aZ0é.";
        java.util.Random random = new java.util.Random(20261208);
        int read = 0;
        for (int i = 0; i < 40_000; i++) {
            String host = hosts[random.nextInt(hosts.length)];
            StringBuilder rest = new StringBuilder("/?#".substring(random.nextInt(3)).substring(0, 1));
            int length = random.nextInt(16);
            for (int c = 0; c < length; c++) {
                rest.append(pieces.charAt(random.nextInt(pieces.length())));
            }
            String url = "https://" + users[random.nextInt(users.length)] + host + ports[random.nextInt(ports.length)]
                    + rest;
            java.util.Optional<String> scanned = ScanUrl.of(url);
            if (scanned.isEmpty()) {
                continue;
            }
            read++;
            String expected = host.startsWith("[") ? host
                    : java.net.IDN.toASCII(host, java.net.IDN.ALLOW_UNASSIGNED).toLowerCase(java.util.Locale.ROOT);
            expected = expected.endsWith(".") ? expected.substring(0, expected.length() - 1) : expected;
            assertThat(io.interven.spi.OutboundCall.of("GET", scanned.get(), java.util.Map.of()).host())
                    .as(url).isEqualTo(expected);
            if (ScanUrl.hasHttpHost(url)) {
                assertThat(scanned.get()).as(url).isEqualTo(url);
            }
        }
        assertThat(read).as("most of the random URLs are read").isGreaterThan(20_000);
    }

    /**
     * Full-width delimiters in a Unicode host ({@code ＠ ／ ：}) map to their ASCII forms in punycode: the host read is
     * the one a client that maps them reaches, never the known name written before them.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", value = {
            "https://hooks.slack.com\uFF20evil.example/x => evil.example",
            "https://evil.example\uFF0Fhooks.slack.com/x => evil.example",
            "https://hooks.slack.com\uFF20evil.example\uFF1A8443/x => evil.example"})
    void aFullWidthDelimiterInAHostLeadsWhereItsAsciiFormLeads(String url, String host) {
        assertThat(ScanUrl.of(url)).hasValueSatisfying(read -> assertThat(
                io.interven.spi.OutboundCall.of("GET", read, java.util.Map.of()).host()).isEqualTo(host));
    }

    @org.junit.jupiter.api.Test
    void aLabelLongerThanDnsAllowsIsNoUrlToScan() {
        assertThat(ScanUrl.of("https://" + "ü".repeat(70) + ".example/")).isEmpty();
    }
}
