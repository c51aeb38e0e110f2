package io.interven.gateway.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The forwarded URI never leaves the route's base, and legitimate paths and queries travel exactly as sent. */
class UpstreamTargetTest {
    static final URI BASE = URI.create("https://acme.my.salesforce.com/services/data");
    static final RouteCredential BEARER = new RouteCredential.Bearer("upstream-token");

    static URI resolve(String path, String query) throws UpstreamPathRefused {
        return UpstreamTarget.resolve(BASE, path, query, BEARER).uri();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            // dot segments, as written and encoded
            "/..", "/../secret", "/v58.0/../../admin", "/.", "/./x", "/v58.0/..", "/...", "/.. ", "/%20..",
            "/%2e", "/%2E", "/%2e%2e", "/%2E%2E/admin", "/.%2e", "/%2e.", "/v1/%2e%2e/%2e%2e/admin",
            // double and triple encoding
            "/%252e%252e", "/%252E%252E/admin", "/%25252e%25252e", "/%2525252e",
            // overlong and invalid UTF-8 for '.' and '/'
            "/%c0%ae%c0%ae", "/%C0%AE", "/%c0%af", "/%e0%80%ae", "/%f0%80%80%ae", "/%c1%9c", "/%ed%a0%80",
            "/%ff", "/%25c0%25ae",
            // Unicode that compatibility normalization reads as dots or a slash
            "/\uFF0E\uFF0E", "/%EF%BC%8E%EF%BC%8E", "/a\uFF0Fb", "/%EF%BC%8F",
            // encoded separators
            "/a%2fb", "/a%2Fb", "/%2f%2fevil.example", "/a%5cb", "/a%5C..%5Cb", "/a%252fb", "/..%2f", "/..%5c",
            // raw backslash, empty segments, @, ;
            "/a\\b", "/..\\admin", "//evil.example/x", "/v1//x", "///", "/@evil.example", "/a@b", "/v1;jsessionid=1",
            "/..;/admin", "/a%3bb", "/a%253bb",
            // control characters, NUL, CR LF, raw and encoded
            "/a%00", "/%00", "/a\u0000b", "/a%0d%0aHost:%20evil", "/a\r\nb", "/a\tb", "/%7f", "/%C2%85", "/a\u0085",
            // absolute URLs, a relative path, malformed escapes
            "http://evil.example/", "https:evil.example", "/http:", "/https:evil.example", "/http:/evil.example",
            "/file:etc", "/HTTP:", "evil", "x/y", "%2e%2e/x", "/%", "/%2", "/%zz", "/%u002e%u002e", "/a%%32e",
    })
    void escapesAndAmbiguousPathsAreRefused(String path) {
        assertThatThrownBy(() -> resolve(path, null)).isInstanceOf(UpstreamPathRefused.class)
                .satisfies(e -> assertThat(((UpstreamPathRefused) e).code()).isEqualTo("INBOUND_PATH_REFUSED"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "/v58.0/sobjects/Account/001%3A5000000abc", "/v58.0/query", "/a%20b", "/a%2520b", "/caf%C3%A9",
            "/caf%c3%a9", "/.well-known/x", "/a.b/c..d/..e", "/v1/contacts/jo%40acme.example", "/x:batchGet",
            "/v1/", "/", "/a-b_c~d/!$&'()*+,=", "/%E2%82%AC", "/v1/data:query", "/%25",
    })
    void legitimatePathsTravelExactlyAsSent(String path) throws UpstreamPathRefused {
        assertThat(resolve(path, null).toString()).isEqualTo(BASE + path);
    }

    @Test
    void anEmptyPathIsTheBaseItself() throws UpstreamPathRefused {
        assertThat(resolve("", null)).isEqualTo(BASE);
        assertThat(resolve(null, null)).isEqualTo(BASE);
    }

    @Test
    void rawUnicodeAndCharactersAUriCannotCarryAreEscapedAsUtf8() throws UpstreamPathRefused {
        assertThat(resolve("/café/a b/{x}|y", null).getRawPath())
                .isEqualTo("/services/data/caf%C3%A9/a%20b/%7Bx%7D%7Cy");
        assertThat(resolve("/\uD83D\uDE00", null).getRawPath()).isEqualTo("/services/data/%F0%9F%98%80");
    }

    @Test
    void theQueryTravelsAsSentWithoutDecoding() throws UpstreamPathRefused {
        String query = "q=SELECT+Id+FROM+Account+WHERE+Name%3D%27a%26b%27&x=%2F%2e%2e&empty=&flag&a=1&a=2";
        assertThat(resolve("/v58.0/query", query).getRawQuery()).isEqualTo(query);
        assertThat(resolve("/x", "next=/a/b?c=d").getRawQuery()).isEqualTo("next=/a/b?c=d");
        assertThat(resolve("/x", "name=caf\u00e9 x").getRawQuery()).isEqualTo("name=caf%C3%A9%20x");
        assertThat(resolve("/x", null).getRawQuery()).isNull();
        assertThat(resolve("/x", "").getRawQuery()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"a=%zz", "a=100%", "a=\u0000", "a=b\r\nHost: evil", "a=\u007f"})
    void aMalformedQueryIsRefused(String query) {
        assertThatThrownBy(() -> resolve("/x", query)).isInstanceOf(UpstreamPathRefused.class);
    }

    @Test
    void aQueryCredentialIsAppendedEncodedAndTheCallersOwnValueForItIsDropped() throws UpstreamPathRefused {
        RouteCredential key = new RouteCredential.Query("api_key", "s3cr&t=/+ é");
        URI uri = UpstreamTarget.resolve(BASE, "/x", "a=1&api_key=mine&API_KEY=mine2&api%5Fkey=mine3&b=2;api_key=x&c=3",
                key).uri();
        assertThat(uri.getRawQuery()).isEqualTo("a=1&c=3&api_key=s3cr%26t%3D%2F%2B%20%C3%A9");

        assertThat(UpstreamTarget.resolve(BASE, "/x", null, key).uri().getRawQuery())
                .isEqualTo("api_key=s3cr%26t%3D%2F%2B%20%C3%A9");
        assertThat(UpstreamTarget.resolve(BASE, "", "", key).uri().toString())
                .isEqualTo(BASE + "?api_key=s3cr%26t%3D%2F%2B%20%C3%A9");
    }

    @Test
    void theDescriptionNeverShowsTheQuery() throws UpstreamPathRefused {
        UpstreamTarget target = UpstreamTarget.resolve(BASE, "/x", "q=private",
                new RouteCredential.Query("key", "SECRET"));
        assertThat(target.toString()).doesNotContain("SECRET").doesNotContain("private").doesNotContain("?");
        assertThat(target.withoutQuery()).isEqualTo(BASE + "/x");
    }

    @Test
    void aBaseWithoutPathOrWithAPortKeepsItsOrigin() throws UpstreamPathRefused {
        URI base = URI.create("http://127.0.0.1:8089");
        assertThat(UpstreamTarget.resolve(base, "/v3/objects", null, BEARER).uri().toString())
                .isEqualTo("http://127.0.0.1:8089/v3/objects");
        assertThat(UpstreamTarget.resolve(base, "", null, BEARER).uri().toString()).isEqualTo("http://127.0.0.1:8089");
        assertThatThrownBy(() -> UpstreamTarget.resolve(base, "/..", null, BEARER))
                .isInstanceOf(UpstreamPathRefused.class);
    }

    @Test
    void aBasePathIsNotAPrefixOfItsSiblings() throws UpstreamPathRefused {
        URI target = resolve("/x", null);
        assertThat(target.getRawPath()).startsWith("/services/data/");
        assertThatThrownBy(() -> resolve("data2", null)).isInstanceOf(UpstreamPathRefused.class);
    }

    @Test
    void aRouteBaseThatIsNotAnHttpUrlIsAProgrammingError() {
        assertThatThrownBy(() -> UpstreamTarget.resolve(URI.create("ftp://h/x"), "/a", null, BEARER))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> UpstreamTarget.resolve(URI.create("https://u:p@h/x"), "/a", null, BEARER))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theRefusalNamesTheRuleNotThePath() {
        assertThatThrownBy(() -> resolve("/%2e%2e/SECRET-ID", null))
                .hasMessageNotContaining("SECRET-ID").hasMessageContaining(". or ..");
    }
}
