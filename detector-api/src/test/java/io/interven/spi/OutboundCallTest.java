package io.interven.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Host and path as the server understands them, however the agent spells the URL. */
class OutboundCallTest {

    @ParameterizedTest
    @CsvSource({
        "https://api.example.com/admin/users, /admin/users",
        "https://api.example.com/%61dmin/users, /admin/users",
        "https://api.example.com/./admin/users, /admin/users",
        "https://api.example.com/api/../admin/users, /admin/users",
        "https://api.example.com/api/%2e%2e/admin/users, /admin/users",
        "https://api.example.com/a/b/.., /a",
        "https://api.example.com/files/a%2Fb, /files/a/b",
        "https://api.example.com/files/a%2fb, /files/a/b",
        "https://api.example.com/files/a%5Cb, /files/a/b",
        "https://api.example.com/files/a%252Fb, /files/a/b",
        "https://api.example.com/files/a%25252fb, /files/a/b",
        "https://api.example.com/files/a%20b, /files/a%20b",
        "https://api.example.com/files/a%3bb, /files/a%3Bb",
        "https://api.example.com/files/100%25, /files/100%25",
        "https://api.example.com, /",
        "https://api.example.com/, /",
        "https://api.example.com//, /",
        "https://api.example.com/../../etc, /etc",
        "https://api.example.com//admin///users//, /admin/users",
        "https://api.example.com/admin;jsessionid=1/users;x=1, /admin/users",
        "https://api.example.com/public/..;/admin, /admin",
        "https://api.example.com/public/%2e%2e%3b/admin, /public/..%3B/admin",
        "https://api.example.com/public/%252e%252e/admin, /admin",
        "https://api.example.com/admin/users/, /admin/users",
    })
    void pathsAreNormalized(String url, String path) {
        assertThat(OutboundCall.of("GET", url, Map.of()).path()).isEqualTo(path);
    }

    @Test
    void normalizingTwiceChangesNothing() {
        for (String raw : List.of("//a%2F%2e%2e/b;x/./c/", "/a%25252e%25252e/b", "/x/%5c..%5cy", "/;/;/")) {
            String once = OutboundCall.normalizedPath(raw);
            assertThat(OutboundCall.normalizedPath(once)).as(raw).isEqualTo(once);
        }
    }

    /**
     * A path told normal in one pass is one every round would leave as it is, and the answer is the same either
     * way: every path of up to six characters from the characters the rounds act on, and random longer ones.
     */
    @Test
    void aPathToldNormalInOnePassIsOneTheRoundsLeaveAlone() {
        char[] alphabet = {'/', '.', 'a', '%', ';', '\\', '2', 'F'};
        int normal = 0;
        for (int length = 1; length <= 6; length++) {
            int count = (int) Math.pow(alphabet.length, length);
            for (int n = 0; n < count; n++) {
                char[] path = new char[length];
                for (int i = 0, rest = n; i < length; i++, rest /= alphabet.length) {
                    path[i] = alphabet[rest % alphabet.length];
                }
                normal += checkAgainstRounds(new String(path)) ? 1 : 0;
            }
        }
        java.util.Random random = new java.util.Random(5);
        char[] wider = {'/', '/', '.', '.', 'a', 'b', '%', ';', '\\', '2', 'e', 'E', 'F', '~', '-', '\u00e9'};
        for (int round = 0; round < 50_000; round++) {
            char[] path = new char[7 + random.nextInt(30)];
            for (int i = 0; i < path.length; i++) {
                path[i] = wider[random.nextInt(wider.length)];
            }
            normal += checkAgainstRounds((random.nextBoolean() ? "/" : "") + new String(path)) ? 1 : 0;
        }
        assertThat(normal).as("paths told normal").isGreaterThan(2_000);
    }

    private static boolean checkAgainstRounds(String raw) {
        String byRounds = UrlPathNormalizer.normalizeByRounds(raw);
        assertThat(UrlPathNormalizer.normalize(raw)).as(raw).isEqualTo(byRounds);
        boolean normal = UrlPathNormalizer.isNormal(raw);
        if (normal) {
            assertThat(byRounds).as(raw).isEqualTo(raw);
        }
        return normal;
    }

    @Test
    void aLongPathIsNormalizedWithoutDeepRecursion() {
        String raw = "/a%2F".repeat(20_000) + ";x/" + "../".repeat(5_000);

        assertThat(OutboundCall.normalizedPath(raw)).startsWith("/a/a/");
    }

    @ParameterizedTest
    @CsvSource({
        "https://Collector.Example./x, collector.example",
        "https://API.GITHUB.COM/repos, api.github.com",
        "https://api.github.com:443/repos, api.github.com",
    })
    void hostsAreLowerCaseWithoutTrailingDot(String url, String host) {
        assertThat(OutboundCall.of("GET", url, Map.of()).host()).isEqualTo(host);
    }

    /** Hosts java.net.URI reads only as registry names: an underscore, an {@code @} in the user part. */
    @ParameterizedTest
    @CsvSource({
        "http://tool_server:8000/run?x=1, tool_server, /run, x=1",
        "https://Api_Gw.Corp.Internal./v1/a, api_gw.corp.internal, /v1/a,",
        "https://_acme-challenge.example.com/, _acme-challenge.example.com, /,",
        "https://a@b@collector_1.evil.example/up, collector_1.evil.example, /up,",
        "https://x@hooks.slack.com@evil.example/up, evil.example, /up,",
    })
    void aHostWithAnUnderscoreIsRead(String url, String host, String path, String query) {
        OutboundCall call = OutboundCall.of("POST", url, Map.of());

        assertThat(call.host()).isEqualTo(host);
        assertThat(call.path()).isEqualTo(path);
        assertThat(call.query()).isEqualTo(query == null ? "" : query);
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"http://a_b-/x", "http://-a_b:80/x", "http://tool server/x",
        "http://a_b.example:99999999/x", "http://a_b..example/", "mailto:a_b@example.com"})
    void anAuthorityWithNoHostIsRefused(String url) {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> OutboundCall.of("GET", url, Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static Stream<Arguments> issuerHosts() {
        return Stream.of(
                // host, shared-hosting suffix, issuer entries, counts as the issuer
                args("api.github.com", "", "github.com", true),
                args("github.com", "", "github.com", true),
                args("uploads.github.com", "", "github.com", true),
                args("api.github.com.evil.com", "", "github.com", false),
                args("evilgithub.com", "", "github.com", false),
                args("sts.amazonaws.com", "", "amazonaws.com", true),
                args("attacker-logs.s3.amazonaws.com", "s3.amazonaws.com", "amazonaws.com", false),
                args("s3.amazonaws.com", "s3.amazonaws.com", "amazonaws.com", false),
                args("x.execute-api.us-east-1.amazonaws.com", "execute-api.us-east-1.amazonaws.com",
                        "amazonaws.com", false),
                args("sts.us-east-1.amazonaws.com", "us-east-1.amazonaws.com", "amazonaws.com", false),
                args("sts.us-east-1.amazonaws.com", "us-east-1.amazonaws.com",
                        "amazonaws.com,sts.us-east-1.amazonaws.com", true),
                args("x.sts.us-east-1.amazonaws.com", "us-east-1.amazonaws.com",
                        "amazonaws.com,sts.us-east-1.amazonaws.com", false),
                args("gmail.googleapis.com", "googleapis.com", "googleapis.com", false),
                args("gmail.googleapis.com", "googleapis.com", "gmail.googleapis.com", true),
                args("acme.github.io", "github.io", "github.com", false));
    }

    private static Arguments args(String host, String suffix, String issuers,
                                                                    boolean counts) {
        return Arguments.of(host, suffix, issuers, counts);
    }

    @ParameterizedTest(name = "{0} (shared suffix ''{1}'') issued by [{2}]: {3}")
    @MethodSource("issuerHosts")
    void aCredentialIsAtHomeOnlyOnItsIssuersOwnHosts(String host, String suffix, String issuers, boolean counts) {
        OutboundCall call = OutboundCall.of("POST", "https://" + host + "/x", Map.of())
                .withSharedHostingSuffix(suffix);

        assertThat(call.isIssuerHost(Set.of(issuers.split(",")))).isEqualTo(counts);
        assertThat(call.isSharedHosting()).isEqualTo(!suffix.isEmpty());
    }

    @Test
    void theIssuerCheckIgnoresCaseAndRootDotsOfTheEntries() {
        OutboundCall call = OutboundCall.of("GET", "https://API.GitHub.com./x", Map.of());

        assertThat(call.isIssuerHost(Set.of("GitHub.com."))).isTrue();
        assertThat(call.hostIsWithin("GITHUB.COM")).isTrue();
    }

    @Test
    void aSharedHostingSuffixMustBeTheHostOrAParentOfIt() {
        OutboundCall call = OutboundCall.of("GET", "https://a.herokuapp.com/x", Map.of());

        assertThat(call.withSharedHostingSuffix("HEROKUAPP.COM.").sharedHostingSuffix()).isEqualTo("herokuapp.com");
        assertThat(call.withSharedHostingSuffix("a.herokuapp.com").isSharedHosting()).isTrue();
        assertThat(call.sharedHostingSuffix()).isEmpty();
        assertThatThrownBy(() -> call.withSharedHostingSuffix("github.io"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> call.withSharedHostingSuffix("okuapp.com"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource({"GET, READ", "head, READ", "OPTIONS, READ", "DELETE, DELETE", "POST, WRITE", "PUT, WRITE",
            "PATCH, WRITE", "PROPFIND, WRITE"})
    void aVerbFollowsFromTheMethodAlone(String method, Verb verb) {
        assertThat(Verb.ofHttpMethod(method)).isEqualTo(verb);
    }

    @Test
    void recognizersThatIgnoreTheBodyKeepWorking() {
        ToolRecognizer bodyless = new ToolRecognizer() {
            @Override
            public String id() {
                return "bodyless";
            }

            @Override
            public Optional<ToolMatch> recognize(OutboundCall call) {
                return Optional.of(new ToolMatch("t", "get_x", Verb.READ));
            }
        };

        assertThat(bodyless.recognize(OutboundCall.of("GET", "https://x.example/", Map.of()), () -> "{\"a\":1}"))
                .contains(new ToolMatch("t", "get_x", Verb.READ));
    }
}
