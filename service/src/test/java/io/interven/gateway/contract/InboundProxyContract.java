package io.interven.gateway.contract;

import static io.interven.gateway.contract.InboundRoutesContract.PLANTED;
import static io.interven.gateway.contract.InboundRoutesContract.created;
import static io.interven.gateway.contract.InboundRoutesContract.newPrefix;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import io.interven.gateway.testing.GatewayHarness;
import io.interven.gateway.testing.HttpResult;
import io.interven.gateway.testing.LocalUpstream;
import io.interven.gateway.testing.RawHttp;
import io.interven.gateway.testing.TenantFixture;
import io.interven.gateway.testing.TestDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code ALL /inbound/{prefix}/*} against a real upstream on a loopback port: the stored credential is injected and
 * never reaches the caller, a sanitized body arrives upstream byte for byte as the scan said, a denied call and one
 * waiting for approval never arrive (and an approved one arrives once), a 50 MB answer streams through, path escapes
 * never reach another path, and a missing or slow upstream answers 502 / 504 with the trace id.
 */
abstract class InboundProxyContract extends GatewayContract {
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final String GITHUB_TOKEN = "ghp_" + "R8bY2kqN5tLw3xZ9mC4vF7hJ1sD6gA2IHz84";

    private LocalUpstream upstream;

    @BeforeEach
    void startUpstream() {
        upstream = new LocalUpstream();
    }

    @AfterEach
    void stopUpstream() {
        upstream.close();
    }

    /** A route of the tenant to the upstream's {@code /api}, header credential {@code X-Api-Key: PLANTED}. */
    private String routeTo(TenantFixture tenant, String basePath) {
        Map<String, Object> body = InboundRoutesContract.route(newPrefix());
        body.put("upstream_base_url", upstream.url(basePath).toString());
        body.put("platform", "custom");
        body.put("response_timeout_ms", 1500);
        return created(tenant, body);
    }

    private HttpResponse<String> call(TenantFixture tenant, String method, String path, String contentType,
                                      String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway().baseUrl() + path))
                .header("Authorization", "Bearer " + tenant.key()).header("Cookie", "caller=session")
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode json(HttpResponse<String> answer) {
        try {
            return GatewayHarness.JSON.readTree(answer.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String decision(HttpResponse<String> answer) {
        return answer.headers().firstValue("X-Interven-Decision").orElse("(none)");
    }

    @Test
    void anAllowedCallIsForwardedWithTheStoredCredentialAndNotTheCallers() {
        TenantFixture tenant = newTenant();
        String prefix = routeTo(tenant, "/api");
        String body = "{\"name\":\"hello\",\"amount\":12}";

        HttpResponse<String> answer = call(tenant, "POST", "/inbound/" + prefix + "/v1/records?x=1&y=%20z",
                "application/json", body);

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo(new String(LocalUpstream.ANSWER, StandardCharsets.UTF_8));
        assertThat(answer.headers().allValues("X-Interven-Decision")).as("the scan's decision, once")
                .containsExactly("ALLOW");
        assertThat(answer.headers().allValues("X-Interven-Trace-Id")).hasSize(1);
        assertThat(answer.headers().map().keySet()).noneMatch(name -> name.equalsIgnoreCase("Set-Cookie"));
        LocalUpstream.Seen seen = upstream.last();
        assertThat(seen.method()).isEqualTo("POST");
        assertThat(seen.rawPath()).isEqualTo("/api/v1/records");
        assertThat(seen.rawQuery()).isEqualTo("x=1&y=%20z");
        assertThat(new String(seen.body(), StandardCharsets.UTF_8)).isEqualTo(body);
        assertThat(seen.headers().get("X-Api-Key")).containsExactly(PLANTED);
        assertThat(seen.headers().containsKey("Authorization")).isFalse();
        assertThat(seen.headers().containsKey("Cookie")).isFalse();
        assertThat(seen.headers().getFirst("Host")).isEqualTo("127.0.0.1:" + upstream.port());
    }

    @Test
    void theCredentialIsNeverShownToTheCallerNorLoggedWhateverTheAnswer() throws IOException, InterruptedException {
        try (GatewayHarness own = GatewayHarness.on(TestDatabase.fresh(database())).start()) {
            TenantFixture tenant = own.newTenant();
            Map<String, Object> body = InboundRoutesContract.route(newPrefix());
            body.put("upstream_base_url", upstream.url("/api").toString());
            String prefix = created(tenant, body);
            String seen = "";
            for (String method : List.of("GET", "DELETE", "OPTIONS")) {
                HttpResponse<String> answer = CLIENT.send(HttpRequest.newBuilder(URI.create(own.baseUrl()
                        + "/inbound/" + prefix + "/x")).header("Authorization", "Bearer " + tenant.key())
                        .method(method, HttpRequest.BodyPublishers.noBody()).build(),
                        HttpResponse.BodyHandlers.ofString());
                seen += answer.statusCode() + answer.body() + answer.headers().map();
            }

            assertThat(seen).doesNotContain(PLANTED);
            assertThat(own.log()).as("the gateway logged to its file").contains("applied migration")
                    .doesNotContain(PLANTED);
        }
    }

    @Test
    void aSanitizedBodyArrivesUpstreamByteForByteAsTheScanSaidIt() throws IOException {
        TenantFixture tenant = newTenant();
        String prefix = routeTo(tenant, "/api");
        String body = "{\"title\":\"deploy\",\"note\":\"use token " + GITHUB_TOKEN + " for the release\"}";
        HttpResult scan = tenant.scan(Map.of("method", "POST", "url", upstream.url("/api/issues").toString(),
                "headers", Map.of("Content-Type", "application/json"),
                "body", GatewayHarness.JSON.readTree(body)));
        assertThat(scan.field("decision")).as(scan.text()).isEqualTo("SANITIZE");

        HttpResponse<String> answer = call(tenant, "POST", "/inbound/" + prefix + "/issues", "application/json",
                body);

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(decision(answer)).isEqualTo("SANITIZE");
        byte[] arrived = upstream.last().body();
        assertThat(new String(arrived, StandardCharsets.UTF_8)).doesNotContain(GITHUB_TOKEN)
                .isEqualTo(GatewayHarness.JSON.writeValueAsString(scan.json().get("sanitized_body")));
    }

    @Test
    void aDeniedCallNeverReachesTheUpstreamAndAnswers403WithTheScan() {
        TenantFixture tenant = newTenant();
        String prefix = routeTo(tenant, "/api");
        PolicyApi.apply(tenant, PolicyApi.policy("no-secrets-upstream", List.of(PolicyApi.rule("deny-secrets",
                Map.of("host", "127.0.0.1"), Map.of("has_data_class", List.of("SECRETS")), "DENY", 100))));

        HttpResponse<String> answer = call(tenant, "POST", "/inbound/" + prefix + "/messages", "application/json",
                "{\"text\":\"deploy with " + GITHUB_TOKEN + "\"}");

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(403);
        assertThat(decision(answer)).isEqualTo("DENY");
        assertThat(json(answer).get("decision").asText()).isEqualTo("DENY");
        assertThat(answer.headers().firstValue("X-Interven-Reasons").orElse("")).contains("SECRETS");
        assertThat(answer.body()).doesNotContain(GITHUB_TOKEN);
        assertThat(upstream.seen()).isEmpty();
    }

    @Test
    void aCallWaitingForApprovalAnswers202AndOnceApprovedGoesThroughOnce() {
        TenantFixture tenant = newTenant();
        String prefix = routeTo(tenant, "/api");
        PolicyApi.apply(tenant, PolicyApi.policy("approve-upstream", List.of(PolicyApi.rule("upstream-needs-approval",
                Map.of("host", "127.0.0.1"), "REQUIRE_APPROVAL", 100))));
        String path = "/inbound/" + prefix + "/refunds";
        String body = "{\"order\":\"A-1001\",\"amount\":40}";

        HttpResponse<String> waiting = call(tenant, "POST", path, "application/json", body);
        assertThat(waiting.statusCode()).as(waiting.body()).isEqualTo(202);
        assertThat(decision(waiting)).isEqualTo("REQUIRE_APPROVAL");
        String approvalId = json(waiting).get("approval_id").asText();
        assertThat(upstream.seen()).isEmpty();

        ApprovalApi.decide(tenant, approvalId, "approve", "refund checked");
        HttpResponse<String> approved = call(tenant, "POST", path, "application/json", body);
        HttpResponse<String> again = call(tenant, "POST", path, "application/json", body);

        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        assertThat(decision(approved)).isEqualTo("ALLOW");
        assertThat(again.statusCode()).as(again.body()).isEqualTo(202);
        assertThat(upstream.seen()).hasSize(1);
    }

    @Test
    void aFiftyMegabyteAnswerStreamsThroughBeforeTheUpstreamHasFinished() throws Exception {
        TenantFixture tenant = newTenant();
        String prefix = routeTo(tenant, "/api");
        HttpRequest request = HttpRequest.newBuilder(URI.create(gateway().baseUrl() + "/inbound/" + prefix + "/big"))
                .header("Authorization", "Bearer " + tenant.key()).GET().build();

        HttpResponse<InputStream> answer = CLIENT.send(request, HttpResponse.BodyHandlers.ofInputStream());
        long count = 0;
        boolean matches = true;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = answer.body()) {
            int n;
            while ((n = in.read(buffer)) != -1) {
                for (int i = 0; i < n; i++) {
                    matches &= buffer[i] == LocalUpstream.patternByte(count + i);
                }
                count += n;
                if (count >= LocalUpstream.BIG_HOLD_AFTER / 2) {
                    upstream.releaseBig();      // the caller got bytes while the upstream still held the rest
                }
            }
        }

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(count).isEqualTo(LocalUpstream.BIG_BYTES);
        assertThat(matches).isTrue();
    }

    @Test
    void anAnswerThatStallsIsGivenUpAfterTheRoutesResponseTimeoutInsteadOfHoldingAThread() {
        TenantFixture tenant = newTenant();
        String prefix = routeTo(tenant, "/api");                    // response timeout 1.5 s
        HttpRequest request = HttpRequest.newBuilder(URI.create(gateway().baseUrl() + "/inbound/" + prefix
                + "/stall")).header("Authorization", "Bearer " + tenant.key()).GET().build();

        long[] received = new long[1];
        int[] status = new int[1];
        assertTimeoutPreemptively(Duration.ofSeconds(15), () -> {
            HttpResponse<InputStream> answer = CLIENT.send(request, HttpResponse.BodyHandlers.ofInputStream());
            status[0] = answer.statusCode();
            try (InputStream in = answer.body()) {
                byte[] buffer = new byte[4096];
                int n;
                while ((n = in.read(buffer)) != -1) {
                    received[0] += n;
                }
            } catch (IOException ended) {
                // the gateway gave the answer up: the connection ends without the rest
            }
        }, "a stalled upstream must not hold the call (and a gateway thread) beyond its response timeout");

        assertThat(status[0]).as("the answer had started, or is an error").isIn(200, 500);
        assertThat(received[0]).as("never more than the upstream sent").isLessThanOrEqualTo(LocalUpstream.STALL_BYTES);
    }

    @Test
    void pathsThatCouldLeaveTheUpstreamBaseNeverReachIt() {
        TenantFixture tenant = newTenant();
        String prefix = routeTo(tenant, "/api/v2");
        List<String> escapes = List.of("/..%2f..%2fadmin", "/%2e%2e/%2e%2e/admin", "/%252e%252e/admin",
                "/a/..%5c..%5cadmin", "//evil.example/x", "/@evil.example/x", "/%2F%2Fevil.example",
                "/x;jsessionid=1", "/%c0%ae%c0%ae/admin", "/x%00y");

        for (String escape : escapes) {
            RawHttp.Answer answer = RawHttp.send(gateway().baseUrl(), "GET /inbound/" + prefix + escape
                    + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + tenant.key()
                    + "\r\nConnection: close\r\n\r\n");
            assertThat(answer.status()).as(escape + ": " + answer.head()).isEqualTo(400);
        }
        assertThat(upstream.seen()).allSatisfy(seen -> assertThat(seen.rawPath()).startsWith("/api/v2/"));
        assertThat(upstream.seen()).isEmpty();
    }

    @Test
    void anUnreachableUpstreamAnswers502AndASlowOne504WithTheTraceId() {
        TenantFixture tenant = newTenant();
        String slowPrefix = routeTo(tenant, "/api");
        Map<String, Object> closed = InboundRoutesContract.route(newPrefix());
        closed.put("upstream_base_url", "http://127.0.0.1:9/api");
        closed.put("connect_timeout_ms", 1000);
        String closedPrefix = created(tenant, closed);

        HttpResponse<String> unreachable = call(tenant, "GET", "/inbound/" + closedPrefix + "/x", null, null);
        HttpResponse<String> slow = call(tenant, "GET", "/inbound/" + slowPrefix + "/slow", null, null);

        assertThat(unreachable.statusCode()).as(unreachable.body()).isEqualTo(502);
        assertThat(json(unreachable).get("code").asText()).isEqualTo("UPSTREAM_UNREACHABLE");
        assertThat(json(unreachable).get("trace_id").asText())
                .isEqualTo(unreachable.headers().firstValue("X-Interven-Trace-Id").orElseThrow());
        assertThat(slow.statusCode()).as(slow.body()).isEqualTo(504);
        assertThat(json(slow).get("code").asText()).isEqualTo("UPSTREAM_TIMEOUT");
        for (HttpResponse<String> failed : List.of(unreachable, slow)) {
            assertThat(json(failed).path("details").isArray()).as("every error's shape: code, message, details")
                    .isTrue();
            assertThat(json(failed).get("message").asText()).isNotBlank();
        }
        assertThat(unreachable.body() + slow.body()).doesNotContain(PLANTED);
    }

    @Test
    void aRouteToTheMetadataServiceOrToAPrivateAddressIsNeverCalledByDefault() {
        try (GatewayHarness strict = GatewayHarness.on(TestDatabase.fresh(database()))
                .override("inbound.allowPrivateUpstreams", "false").start()) {
            TenantFixture tenant = strict.newTenant();
            Map<String, Object> local = InboundRoutesContract.route(newPrefix());
            local.put("upstream_base_url", upstream.url("/api").toString());
            Map<String, Object> metadata = InboundRoutesContract.route(newPrefix());
            metadata.put("upstream_base_url", "https://169.254.169.254/latest");
            String localPrefix = created(tenant, local);
            String metadataPrefix = created(tenant, metadata);

            for (String prefix : List.of(localPrefix, metadataPrefix)) {
                HttpRequest request = HttpRequest.newBuilder(URI.create(strict.baseUrl() + "/inbound/" + prefix
                        + "/meta-data")).header("Authorization", "Bearer " + tenant.key()).GET().build();
                HttpResponse<String> answer;
                try {
                    answer = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
                } catch (IOException | InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                assertThat(answer.statusCode()).as(answer.body()).isEqualTo(502);
                assertThat(json(answer).get("code").asText()).isEqualTo("UPSTREAM_ADDRESS_REFUSED");
            }
            assertThat(upstream.seen()).isEmpty();
        }
    }

    @Test
    void aBodyOverTheLimitAnswers413BeforeAnythingIsForwarded() {
        TenantFixture tenant = newTenant();
        String prefix = routeTo(tenant, "/api");
        String big = "{\"text\":\"" + "a".repeat(300_000) + "\"}";

        HttpResponse<String> answer = call(tenant, "POST", "/inbound/" + prefix + "/x", "application/json", big);

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(413);
        assertThat(upstream.seen()).isEmpty();
    }

    @Test
    void anotherTenantsRouteIsNotFoundAndAMethodTheRouteRefusesAnswers405() {
        TenantFixture owner = newTenant();
        TenantFixture other = newTenant();
        Map<String, Object> body = InboundRoutesContract.route(newPrefix());
        body.put("upstream_base_url", upstream.url("/api").toString());
        body.put("allowed_methods", List.of("GET"));
        String prefix = created(owner, body);

        HttpResponse<String> foreign = call(other, "GET", "/inbound/" + prefix + "/x", null, null);
        HttpResponse<String> missing = call(other, "GET", "/inbound/" + newPrefix() + "/x", null, null);
        HttpResponse<String> refused = call(owner, "DELETE", "/inbound/" + prefix + "/x", null, null);

        assertThat(foreign.statusCode()).isEqualTo(404);
        assertThat(json(foreign).get("code")).isEqualTo(json(missing).get("code"));
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(405);
        assertThat(upstream.seen()).isEmpty();
        // the reference: "Response headers always include X-Interven-Decision, X-Interven-Trace-Id", refusals too
        HttpResponse<String> keyless;
        try {
            keyless = CLIENT.send(HttpRequest.newBuilder(URI.create(gateway().baseUrl() + "/inbound/" + prefix + "/x"))
                    .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
        assertThat(keyless.statusCode()).isEqualTo(401);
        for (HttpResponse<String> answer : List.of(foreign, missing, refused, keyless)) {
            assertRefusalHeaders(answer);
        }
    }

    /** A refusal before any scan: DENY, and the request's W3C trace id (its answered traceparent's) as a UUID. */
    private static void assertRefusalHeaders(HttpResponse<String> answer) {
        assertThat(answer.headers().allValues("X-Interven-Decision")).as(answer.headers().toString())
                .containsExactly("DENY");
        String traceparent = answer.headers().firstValue("traceparent").orElseThrow();
        assertThat(answer.headers().allValues("X-Interven-Trace-Id"))
                .containsExactly(UUID.fromString(traceparent.substring(3, 35)
                        .replaceFirst("(.{8})(.{4})(.{4})(.{4})(.{12})", "$1-$2-$3-$4-$5")).toString());
        assertThat(answer.headers().firstValue("X-Interven-Reasons")).isEmpty();
    }

    @Test
    void aRecordReadThroughTheProxyAndWrittenBackOutIsExfiltration() {
        TenantFixture tenant = newTenant();
        String prefix = routeTo(tenant, "/api");

        HttpResponse<String> read = call(tenant, "GET", "/inbound/" + prefix + "/contacts/901/crm", null, null);
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        Map<String, Object> post = new LinkedHashMap<>();
        post.put("text", "card on file: " + LocalUpstream.CRM_CARD);
        String body = GatewayHarness.JSON.valueToTree(post).toString();
        HttpResponse<String> write = null;
        for (int attempt = 0; attempt < 20; attempt++) {       // the answer is reported once it is fully relayed
            write = call(tenant, "POST", "/inbound/" + prefix + "/notes", "application/json", body);
            if (write.headers().firstValue("X-Interven-Reasons").orElse("").contains("EXFIL_READ_WRITE")) {
                break;
            }
            AgentHistoryContract.pause(100);
        }

        assertThat(write.headers().firstValue("X-Interven-Reasons").orElse(""))
                .as(write.body()).contains("EXFIL_READ_WRITE");
    }
}
