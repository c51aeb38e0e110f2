package io.interven.gateway.approval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.interven.gateway.core.CallInput;
import io.interven.spi.AgentRef;
import io.interven.spi.DataClasses;
import io.interven.spi.FieldLocation;
import io.interven.spi.Finding;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The identity an approval is bound to: which differences make another call, and which do not. */
class CallHashTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final UUID TENANT = UUID.randomUUID();
    private static final AgentRef AGENT = new AgentRef(UUID.randomUUID().toString(), "bot", "langchain");
    private static final String URL = "https://collector.example.org/api/items?dry_run=false";
    private static final Map<String, String> HEADERS = Map.of("Content-Type", "application/json", "X-Team", "data");

    private static CallInput call(String url, Map<String, String> headers) {
        try {
            return new CallInput(TENANT, "production", "salt", "POST", url, headers,
                    JSON.readTree("{\"item\":\"report\",\"count\":2}"), 30, AGENT);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> headersWith(String name, String value) {
        Map<String, String> headers = new LinkedHashMap<>(HEADERS);
        headers.put(name, value);
        return headers;
    }

    private static Finding finding(String type, String path, FieldLocation location) {
        return new Finding(type, DataClasses.SECRETS, path, location, 0, 20, 1.0, "rule", null);
    }

    private static final String APPROVED = CallHash.of(call(URL, HEADERS), List.of());

    static Stream<String> volatileHeaders() {
        return Stream.of("Date", "User-Agent", "user-agent", "Content-Length", "X-Request-Id", "x-amzn-trace-id",
                "X-Correlation-Id", "traceparent", "Tracestate", "b3", "X-B3-TraceId", "x-b3-spanid", "X-B3-Sampled");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("volatileHeaders")
    void aVolatileHeaderInWhichNothingWasFoundDoesNotChangeTheCall(String name) {
        assertThat(CallHash.of(call(URL, headersWith(name, "changes-every-time-" + UUID.randomUUID())), List.of()))
                .isEqualTo(APPROVED);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("volatileHeaders")
    void aVolatileHeaderCarryingAFindingMakesAnotherCall(String name) {
        Map<String, String> headers = headersWith(name, "AKIAQ3EGUJFX7YLP2K4M");
        List<Finding> found = List.of(finding("AWS_ACCESS_KEY_ID", "headers." + name, FieldLocation.HEADER));

        assertThat(CallHash.of(call(URL, headers), found)).isNotEqualTo(APPROVED);
        assertThat(CallHash.of(call(URL, headersWith(name, "AKIAQ3EGUJFX7YLP2K4N")), found))
                .as("its value counts").isNotEqualTo(CallHash.of(call(URL, headers), found));
    }

    @Test
    void anyOtherHeaderAddedOrChangedMakesAnotherCall() {
        assertThat(CallHash.of(call(URL, headersWith("X-Aws-Key", "AKIAQ3EGUJFX7YLP2K4M")), List.of()))
                .isNotEqualTo(APPROVED);
        assertThat(CallHash.of(call(URL, headersWith("X-Team", "Data")), List.of())).as("values are exact")
                .isNotEqualTo(APPROVED);
        assertThat(CallHash.of(call(URL, headersWith("Authorization", "Bearer x")), List.of())).isNotEqualTo(APPROVED);
        assertThat(CallHash.of(call(URL, Map.of("Content-Type", "application/json")), List.of()))
                .as("a header removed").isNotEqualTo(APPROVED);
    }

    @Test
    void headerNamesHaveNoCase() {
        assertThat(CallHash.of(call(URL, Map.of("content-type", "application/json", "x-TEAM", "data")), List.of()))
                .isEqualTo(APPROVED);
    }

    @Test
    void aFindingTheApprovedCallDidNotHaveMakesAnotherCall() {
        List<Finding> found = List.of(finding("GITHUB_TOKEN", "$.item", FieldLocation.BODY));

        assertThat(CallHash.of(call(URL, HEADERS), found)).isNotEqualTo(APPROVED);
        assertThat(CallHash.of(call(URL, HEADERS), found)).isEqualTo(CallHash.of(call(URL, HEADERS), found));
    }

    @Test
    void theUrlIsComparedNormalized() {
        assertThat(CallHash.of(call("HTTPS://Collector.Example.ORG.:443/api/./items?dry_run=false#top", HEADERS),
                List.of())).isEqualTo(APPROVED);
        assertThat(CallHash.of(call("https://collector.example.org/api/items?dry_run=true", HEADERS), List.of()))
                .isNotEqualTo(APPROVED);
        assertThat(CallHash.of(call("https://collector.example.org:8443/api/items?dry_run=false", HEADERS),
                List.of())).isNotEqualTo(APPROVED);
    }
}
