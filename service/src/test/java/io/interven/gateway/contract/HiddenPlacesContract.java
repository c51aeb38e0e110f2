package io.interven.gateway.contract;

import static io.interven.gateway.testing.Compressed.gzip;
import static io.interven.gateway.contract.PlantedValues.EMAIL;
import static io.interven.gateway.contract.PlantedValues.GITHUB_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.interven.gateway.testing.HttpResult;
import io.interven.gateway.testing.TenantFixture;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A token and an e-mail address in the places a scan once missed (header and query names, a percent-encoded path
 * segment, a repeated key and trailing text of a JSON string body, a base64 multipart part, gzip inside base64,
 * HTML references): over HTTP the scan is not ALLOW, and neither its answer (sanitized URL, headers, body,
 * finding paths) nor its stored trace quotes the values (side doors aside, see {@link #withoutSideDoors}). A
 * body nested deeper than 64 levels is a 400, and a refused request does not echo a token in a field's name.
 */
abstract class HiddenPlacesContract extends GatewayContract {
    static final String HOST = "https://notes.example-corp.com";

    static Map<String, Object> call(String url, Map<String, String> headers, Object body) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("method", "POST");
        request.put("url", url);
        request.put("headers", headers);
        if (body != null) {
            request.put("body", body);
        }
        return request;
    }

    static List<Map<String, Object>> calls() {
        String percentToken = percentAll(GITHUB_TOKEN);
        String multipart = "--b0und\r\nContent-Disposition: form-data; name=\"a\"\r\n"
                + "Content-Transfer-Encoding: base64\r\n\r\n"
                + b64(("note: " + GITHUB_TOKEN + " for " + EMAIL).getBytes(StandardCharsets.UTF_8)) + "\r\n--b0und--\r\n";
        return List.of(
                call(HOST + "/v1/notes", Map.of(GITHUB_TOKEN, "1", EMAIL, "2"), null),
                call(HOST + "/v1/notes?" + GITHUB_TOKEN + "=1&" + EMAIL.replace("@", "%40") + "=2", Map.of(), null),
                call(HOST + "/v1/" + percentToken + "/" + percentAll(EMAIL), Map.of(), null),
                call(HOST + "/v1/notes", Map.of("Content-Type", "text/plain"),
                        "{\"text\":\"" + GITHUB_TOKEN + "\",\"text\":\"hi\"} and " + EMAIL),
                call(HOST + "/v1/notes", Map.of("Content-Type", "multipart/form-data; boundary=b0und"), multipart),
                call(HOST + "/v1/notes", Map.of("Content-Type", "application/json"),
                        Map.of("blob", b64(gzip("token " + GITHUB_TOKEN + " mail " + EMAIL)),
                                "html", EMAIL.replace("@", "&#64;").replace(".", "&period;"))));
    }

    @Test
    void valuesInHiddenPlacesAreFoundAndNeitherAnsweredNorStored() {
        TenantFixture tenant = newTenant();
        for (Map<String, Object> request : calls()) {
            HttpResult answer = tenant.scan(request);

            assertThat(answer.status()).as(answer.text()).isEqualTo(200);
            JsonNode json = answer.json();
            assertThat(json.path("decision").asText()).as("decision for %s", request.get("url"))
                    .isNotEqualTo("ALLOW");
            assertThat(json.path("findings")).as("findings for %s", request.get("url")).isNotEmpty();
            assertThat(PlantedValues.foundIn("answer", withoutSideDoors(json))).as(answer.text()).isEmpty();
            JsonNode trace = TraceReader.awaitTrace(tenant, json.path("trace_id").asText());
            assertThat(PlantedValues.foundIn("trace", withoutSideDoors(trace))).as(trace.toString()).isEmpty();
        }
    }

    /** A request refused before any scan names its failing fields, but never a token a field is named with. */
    @Test
    void aRefusedRequestDoesNotEchoATokenItsFieldIsNamedWith() {
        TenantFixture tenant = newTenant();
        HttpResult answer = tenant.scan("{\"method\": \"GET\", \"url\": \"" + HOST + "/v1\", \"headers\": {\""
                + GITHUB_TOKEN + "\": 5, \"X-Count\": 3}}");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.text()).doesNotContain(GITHUB_TOKEN).doesNotContain(GITHUB_TOKEN.substring(4, 20));
        assertThat(answer.json().path("details").findValuesAsText("field"))
                .containsExactlyInAnyOrder("headers.[REDACTED]", "headers.X-Count");
    }

    @Test
    void aBodyNestedDeeperThan64LevelsIsA400() {
        TenantFixture tenant = newTenant();
        HttpResult answer = tenant.scan("{\"method\": \"POST\", \"url\": \"" + HOST + "/v1\", \"body\": "
                + "[".repeat(65) + "]".repeat(65) + "}");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().path("code").asText()).isEqualTo("VALIDATION_FAILED");
        assertThat(answer.json().path("details").get(0).path("field").asText()).isEqualTo("body");
    }

    /**
     * The answer or trace without its signals and its URL path: a signal's detail names the raw path of the
     * finding it is about, and the trace keeps the URL path decoded; both are side doors that the redaction of
     * stored paths and details covers ({@code UrlPathSegments.withFoundSegmentsRedacted} for the path), not decoding.
     * The trace's policy input holds the same path.
     */
    static String withoutSideDoors(JsonNode json) {
        ObjectNode copy = json.deepCopy();
        copy.remove("signals");
        copy.remove("path");
        if (copy.path("policy_input").isObject()) {
            ((ObjectNode) copy.get("policy_input")).remove("path");
        }
        return copy.toString();
    }

    static String percentAll(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            out.append('%').append(String.format("%02X", b & 0xff));
        }
        return out.toString();
    }

    static String b64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

}
