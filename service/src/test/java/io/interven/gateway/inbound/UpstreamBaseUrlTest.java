package io.interven.gateway.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The upstream base URL of a route: what is refused, and the one spelling an accepted URL is stored in. */
class UpstreamBaseUrlTest {

    @ParameterizedTest
    @CsvSource({
            "https://acme.my.salesforce.com/services/data, https://acme.my.salesforce.com/services/data",
            "HTTPS://API.Example.COM/v1/, https://api.example.com/v1",
            "https://api.example.com, https://api.example.com",
            "https://api.example.com/, https://api.example.com",
            "https://api.example.com:443/x, https://api.example.com/x",
            "https://api.example.com:8443/x//, https://api.example.com:8443/x",
            "http://localhost:9000/api, http://localhost:9000/api",
            "http://127.0.0.1:80/, http://127.0.0.1",
            "http://[::1]:8080/a, http://[::1]:8080/a",
            "https://10.0.0.1/a%20b, https://10.0.0.1/a%20b",
    })
    void anAcceptedUrlIsStoredInOneSpelling(String written, String stored) {
        UpstreamBaseUrl url = UpstreamBaseUrl.check(written, false);

        assertThat(url.problem()).isNull();
        assertThat(url.url()).isEqualTo(stored);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "api.example.com/v1",                       // not absolute
            "/v1/things",
            "ftp://api.example.com/",
            "javascript:alert(1)",
            "file:///etc/passwd",
            "http://api.example.com/",                  // plain http off loopback
            "http://localhost.evil.example/",
            "http://127.0.0.1.nip.io/",
            "https://user:pass@api.example.com/",       // user-info
            "https://user@api.example.com/",
            "https://api.example.com@evil.example/",
            "https://api.example.com/v1?token=x",       // query
            "https://api.example.com/v1?",
            "https://api.example.com/v1#frag",          // fragment
            "https://api.example.com/../admin",         // dot segments, plain and encoded
            "https://api.example.com/v1/./x",
            "https://api.example.com/v1/%2e%2e/admin",
            "https://api.example.com/v1/%2E./admin",
            "https://api.example.com/v1/.%2e",
            "https://api.example.com/v1/%252e%252e/x",  // double encoding
            "https://api.example.com/v1%2f..%2fadmin",  // encoded slash
            "https://api.example.com/v1%5cadmin",       // encoded backslash
            "https://api.example.com\\v1",
            "https://api.example.com/v1/%00",           // encoded NUL
            "https://api.example.com/v1/%0d%0aHost:x",  // encoded CRLF
            "https://api.example.com/v1/%zz",           // malformed escape
            "https://api.example.com/v1;jsessionid=1",  // path parameters
            "https://api.example.com//v1",              // empty segment
            "https://api.example.com/v 1",              // whitespace
            "https://api.example.com/v1\r\nX: y",
            "https://bücher.example/",                  // not punycode
            "https://2130706433/",                      // one-number IPv4
            "https://0x7f.0.0.1/",
            "https://127.1/",
            "https://%6c%6fcalhost/",
            "https://exa_mple.com/",
            "https:///v1",                              // no host
            "https://api.example.com:0/",
            "https://api.example.com:99999/",
            "https://api.example.com:/",
            "https://[fe80::1%25eth0]/",
            "",
    })
    void anUnsafeOrAmbiguousUrlIsRefused(String written) {
        UpstreamBaseUrl url = UpstreamBaseUrl.check(written, false);

        assertThat(url.problem()).as(written).isNotNull().startsWith("must");
        assertThat(url.url()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://api.example.com/v1", "http://10.1.2.3:8080"})
    void plainHttpAnywhereOnlyWhenAllowed(String written) {
        assertThat(UpstreamBaseUrl.check(written, false).isValid()).isFalse();
        assertThat(UpstreamBaseUrl.check(written, true).isValid()).isTrue();
    }

    @org.junit.jupiter.api.Test
    void aUrlLongerThanTheColumnIsRefused() {
        assertThat(UpstreamBaseUrl.check("https://api.example.com/" + "a".repeat(2100), false).problem())
                .contains("2048");
    }
}
