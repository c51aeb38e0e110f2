package io.interven.gateway.contract;

import static io.interven.gateway.contract.ErrorAssertions.assertError;
import static io.interven.gateway.contract.ErrorAssertions.assertInvalidFields;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.interven.gateway.inbound.InboundRoute;
import io.interven.gateway.inbound.InboundRoutes;
import io.interven.gateway.inbound.Platform;
import io.interven.gateway.inbound.RouteCredential;
import io.interven.gateway.testing.DatabaseRows;
import io.interven.gateway.testing.GatewayHarness;
import io.interven.gateway.testing.HttpResult;
import io.interven.gateway.testing.TenantFixture;
import io.interven.gateway.testing.TestDatabase;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * {@code /v1/admin/inbound-routes} on the shared gateway: create, list, read, replace and delete a tenant's routes;
 * every field checked with hostile values, each refusal naming its field; another tenant's prefix not found (and
 * taken); the credential never in an answer, the log or a row, and what the proxy is served in memory
 * ({@link InboundRoutes#byPrefix}) changing at once with every change made on this node. Start-up with other master
 * keys is {@link InboundRoutesStartContract}.
 */
abstract class InboundRoutesContract extends GatewayContract {
    static final String PATH = "/v1/admin/inbound-routes";
    /** A credential value planted in routes: it must never come back out, but to the proxy. */
    static final String PLANTED = "sk-PLANTED-inbound-9c41e7d2b05f";
    static final String PLANTED_USER = "svc-PLANTEDUSER-41ac";

    static String newPrefix() {
        return "r-" + UUID.randomUUID().toString().substring(0, 13);
    }

    static Map<String, Object> headerCredential(String value) {
        return credential("header", "X-Api-Key", value);
    }

    static Map<String, Object> credential(String type, String name, String value) {
        Map<String, Object> credential = new LinkedHashMap<>();
        credential.put("type", type);
        if (name != null) {
            credential.put("name", name);
        }
        credential.put("value", value);
        return credential;
    }

    /** A valid body of a new route: header credential, environment production, default methods and timeouts. */
    static Map<String, Object> route(String prefix) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("prefix", prefix);
        body.put("upstream_base_url", "https://acme.my.salesforce.com/services/data/");
        body.put("credential", headerCredential(PLANTED));
        body.put("env_name", "production");
        body.put("platform", "salesforce_agentforce");
        return body;
    }

    static HttpResult create(TenantFixture tenant, Map<String, Object> body) {
        return tenant.gateway().post(PATH, tenant.key(), body);
    }

    static String created(TenantFixture tenant, Map<String, Object> body) {
        HttpResult answer = create(tenant, body);
        assertThat(answer.status()).as(answer.text()).isEqualTo(201);
        return answer.field("prefix");
    }

    static InboundRoutes served(GatewayHarness gateway) {
        return gateway.managed(InboundRoutes.class);
    }

    private boolean loggedEventually(String text) {
        return loggedEventually(gateway(), text);
    }

    /** Whether the gateway's log holds {@code text} within 10 seconds (the log is written asynchronously). */
    static boolean loggedEventually(GatewayHarness gateway, String text) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!gateway.log().contains(text) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return gateway.log().contains(text);
    }

    private Optional<InboundRoute> servedHere(String prefix) {
        return served(gateway()).byPrefix(prefix);
    }

    @Test
    void aNewRouteIsAnsweredWithoutItsCredentialAndServedAtOnce() {
        TenantFixture tenant = newTenant();
        String prefix = newPrefix();

        HttpResult answer = create(tenant, route(prefix));

        assertThat(answer.status()).as(answer.text()).isEqualTo(201);
        JsonNode json = answer.json();
        assertThat(json.path("prefix").asText()).isEqualTo(prefix);
        assertThat(json.path("tenant_id").asText()).isEqualTo(tenant.tenantId());
        assertThat(json.path("upstream_base_url").asText()).isEqualTo("https://acme.my.salesforce.com/services/data");
        assertThat(json.path("credential").path("type").asText()).isEqualTo("header");
        assertThat(json.path("credential").path("name").asText()).isEqualTo("X-Api-Key");
        assertThat(json.path("credential").has("value")).isFalse();
        assertThat(json.path("allowed_methods")).extracting(JsonNode::asText)
                .containsExactly("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE");
        assertThat(json.path("env_name").asText()).isEqualTo("production");
        assertThat(json.path("platform").asText()).isEqualTo("salesforce_agentforce");
        assertThat(json.path("connect_timeout_ms").asInt()).isEqualTo(5000);
        assertThat(json.path("response_timeout_ms").asInt()).isEqualTo(30000);
        assertThat(answer.text()).doesNotContain(PLANTED);

        InboundRoute route = servedHere(prefix).orElseThrow();
        assertThat(route.tenantId().toString()).isEqualTo(tenant.tenantId());
        assertThat(route.credential()).isEqualTo(new RouteCredential.Header("X-Api-Key", PLANTED));
        assertThat(route.upstreamBaseUrl()).isEqualTo(URI.create("https://acme.my.salesforce.com/services/data"));
        assertThat(route.allowedMethods()).containsExactlyInAnyOrder("GET", "HEAD", "POST", "PUT", "PATCH",
                "DELETE");
        assertThat(route.platform()).isEqualTo(Platform.SALESFORCE_AGENTFORCE);
        assertThat(route.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(route.responseTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(route.toString()).doesNotContain(PLANTED);
    }

    @Test
    void aRouteIsListedReadReplacedAndDeleted() {
        TenantFixture tenant = newTenant();
        String prefix = created(tenant, route(newPrefix()));
        String other = created(tenant, route(newPrefix()));

        HttpResult list = gateway().get(PATH, tenant.key());
        HttpResult one = gateway().get(PATH + "/" + prefix, tenant.key());

        assertThat(list.status()).as(list.text()).isEqualTo(200);
        assertThat(list.json()).extracting(route -> route.path("prefix").asText())
                .containsExactlyInAnyOrder(prefix, other);
        assertThat(one.status()).as(one.text()).isEqualTo(200);
        assertThat(one.json().path("credential").path("name").asText()).isEqualTo("X-Api-Key");
        assertThat(list.text() + one.text()).doesNotContain(PLANTED);

        Map<String, Object> replacement = new LinkedHashMap<>(route(prefix));
        replacement.remove("credential");
        replacement.put("upstream_base_url", "https://api.hubapi.com/crm/v3");
        replacement.put("allowed_methods", List.of("POST", "GET"));
        replacement.put("platform", "hubspot_breeze");
        replacement.put("connect_timeout_ms", 1000);
        replacement.put("response_timeout_ms", 120000);
        HttpResult kept = gateway().put(PATH + "/" + prefix, tenant.key(), replacement);

        assertThat(kept.status()).as(kept.text()).isEqualTo(200);
        assertThat(kept.json().path("upstream_base_url").asText()).isEqualTo("https://api.hubapi.com/crm/v3");
        assertThat(kept.json().path("allowed_methods")).extracting(JsonNode::asText).containsExactly("GET", "POST");
        assertThat(kept.json().path("credential").path("type").asText()).as("kept").isEqualTo("header");
        assertThat(kept.json().path("created_at").asLong()).isEqualTo(one.json().path("created_at").asLong());
        InboundRoute replaced = servedHere(prefix).orElseThrow();
        assertThat(replaced.credential()).as("a PUT without credential keeps the stored one")
                .isEqualTo(new RouteCredential.Header("X-Api-Key", PLANTED));
        assertThat(replaced.upstreamBaseUrl().toString()).isEqualTo("https://api.hubapi.com/crm/v3");
        assertThat(replaced.platform()).isEqualTo(Platform.HUBSPOT_BREEZE);
        assertThat(replaced.connectTimeout()).isEqualTo(Duration.ofSeconds(1));
        assertThat(replaced.responseTimeout()).isEqualTo(Duration.ofMinutes(2));

        replacement.put("credential", credential("bearer", null, PLANTED + "-2"));
        HttpResult rekeyed = gateway().put(PATH + "/" + prefix, tenant.key(), replacement);

        assertThat(rekeyed.status()).as(rekeyed.text()).isEqualTo(200);
        assertThat(rekeyed.json().path("credential").path("type").asText()).isEqualTo("bearer");
        assertThat(rekeyed.json().path("credential").has("name")).isFalse();
        assertThat(rekeyed.text()).doesNotContain(PLANTED);
        assertThat(servedHere(prefix).orElseThrow().credential()).isEqualTo(new RouteCredential.Bearer(PLANTED + "-2"));

        HttpResult deleted = gateway().delete(PATH + "/" + prefix, tenant.key());

        assertThat(deleted.status()).as(deleted.text()).isEqualTo(204);
        assertThat(servedHere(prefix)).as("no longer served, at once").isEmpty();
        assertError(gateway().get(PATH + "/" + prefix, tenant.key()), 404, "NOT_FOUND");
        assertError(gateway().delete(PATH + "/" + prefix, tenant.key()), 404, "NOT_FOUND");
        assertError(gateway().put(PATH + "/" + prefix, tenant.key(), replacement), 404, "NOT_FOUND");
        assertThat(servedHere(other)).isPresent();
    }

    @Test
    void everyKindOfCredentialIsServedAsGivenAndShownOnlyByTypeAndName() {
        TenantFixture tenant = newTenant();
        Map<String, RouteCredential> expected = Map.of(
                "header", new RouteCredential.Header("X-Api-Key", PLANTED),
                "query", new RouteCredential.Query("api_key", PLANTED),
                "bearer", new RouteCredential.Bearer(PLANTED),
                "basic", new RouteCredential.Basic(PLANTED_USER, PLANTED + " with: colon"));
        Map<String, Map<String, Object>> sent = Map.of(
                "header", headerCredential(PLANTED),
                "query", credential("query", "api_key", PLANTED),
                "bearer", credential("bearer", null, PLANTED),
                "basic", credential("basic", PLANTED_USER, PLANTED + " with: colon"));
        for (String type : List.of("header", "query", "bearer", "basic")) {
            Map<String, Object> body = route(newPrefix());
            body.put("credential", sent.get(type));

            HttpResult answer = create(tenant, body);

            assertThat(answer.status()).as(answer.text()).isEqualTo(201);
            assertThat(answer.text()).doesNotContain(PLANTED).doesNotContain(PLANTED_USER);
            JsonNode shown = answer.json().path("credential");
            assertThat(shown.path("type").asText()).isEqualTo(type);
            assertThat(shown.has("name")).as("name shown for %s", type)
                    .isEqualTo(type.equals("header") || type.equals("query"));
            assertThat(servedHere(answer.field("prefix")).orElseThrow().credential()).isEqualTo(expected.get(type));
        }
        assertThat(DatabaseRows.column(gateway().database(), "SELECT credential_name FROM inbound_routes"
                + " WHERE credential_type = 'basic' AND tenant_id = '" + tenant.tenantId() + "'"))
                .as("the username of a basic credential is sealed with its password").containsExactly((String) null);
    }

    @Test
    void thePlantedCredentialReachesNoAnswerNoLogLineAndNoRow() throws Exception {
        TenantFixture tenant = newTenant();
        List<HttpResult> answers = new ArrayList<>();
        for (Map<String, Object> credential : List.of(headerCredential(PLANTED),
                credential("query", "key", PLANTED), credential("bearer", null, PLANTED),
                credential("basic", PLANTED_USER, PLANTED))) {
            Map<String, Object> body = route(newPrefix());
            body.put("credential", credential);
            answers.add(create(tenant, body));
            String prefix = body.get("prefix").toString();
            answers.add(gateway().get(PATH + "/" + prefix, tenant.key()));
            Map<String, Object> refused = new HashMap<>(body);
            refused.put("upstream_base_url", "https://" + PLANTED + "@evil.example/");
            answers.add(gateway().put(PATH + "/" + prefix, tenant.key(), refused));
            answers.add(create(tenant, refused));
            answers.add(create(tenant, body));
            Map<String, Object> badValue = new HashMap<>(body);
            badValue.put("prefix", newPrefix());
            badValue.put("credential", credential("header", "X-Key", PLANTED + "\r\nX-Injected: " + PLANTED));
            answers.add(create(tenant, badValue));
        }
        answers.add(gateway().get(PATH, tenant.key()));

        assertThat(answers).extracting(HttpResult::status).contains(201, 200, 400, 409);
        answers.forEach(answer -> assertThat(answer.text()).as("answer").doesNotContain(PLANTED)
                .doesNotContain(PLANTED_USER));
        assertThat(gateway().log()).as("gateway log").doesNotContain(PLANTED).doesNotContain(PLANTED_USER);
        String base64 = Base64.getEncoder().encodeToString(PLANTED.getBytes(StandardCharsets.UTF_8));
        Map<String, String> tables = DatabaseRows.everyTable(gateway().database());
        assertThat(tables.get("inbound_routes")).as("the routes were stored").contains(tenant.tenantId());
        tables.forEach((table, text) -> assertThat(text).as("table %s", table).doesNotContain(PLANTED)
                .doesNotContain(PLANTED_USER).doesNotContain(base64.substring(0, 16)));
        if (gateway().database().h2File() != null) {
            String file = new String(Files.readAllBytes(gateway().database().h2File()), StandardCharsets.ISO_8859_1);
            assertThat(file).as("raw H2 file").doesNotContain(PLANTED).doesNotContain(PLANTED_USER);
        }
    }

    /** A hostile or malformed value of each field, and the field the 400 must name. */
    private static List<Map.Entry<String, Consumer<Map<String, Object>>>> refusals() {
        List<Map.Entry<String, Consumer<Map<String, Object>>>> cases = new ArrayList<>();
        for (Object prefix : new Object[]{"Upper", "-lead", "a/b", "a_b", "a.b", "crm%2f", "ünï", "x".repeat(64), "",
                " crm", 5, List.of("crm")}) {
            cases.add(Map.entry("prefix", body -> body.put("prefix", prefix)));
        }
        for (String url : List.of("http://acme.example.com/", "https://user:pw@acme.example.com/",
                "https://acme.example.com/v1?x=1", "https://acme.example.com/#f", "https://acme.example.com/%2e%2e/x",
                "https://acme.example.com/a/../b", "https://acme.example.com/a%2fb", "https://acme.example.com/a%00",
                "https://acme.example.com/a%0d%0aHost:%20evil", "https://2130706433/", "https://acme.example.com@evil/",
                "ftp://acme.example.com/", "//acme.example.com/x", "https://acme.example.com/" + "a".repeat(2100),
                "https://acme.example.com\\@evil.example/", "https://bücher.example/")) {
            cases.add(Map.entry("upstream_base_url", body -> body.put("upstream_base_url", url)));
        }
        cases.add(Map.entry("upstream_base_url", body -> body.remove("upstream_base_url")));
        cases.add(Map.entry("upstream_base_url", body -> body.put("upstream_base_url", 42)));
        cases.add(Map.entry("credential", body -> body.remove("credential")));
        cases.add(Map.entry("credential", body -> body.put("credential", PLANTED)));
        cases.add(Map.entry("credential.type", body -> body.put("credential", credential("digest", "x", PLANTED))));
        cases.add(Map.entry("credential.type", body -> body.put("credential", Map.of("value", PLANTED))));
        cases.add(Map.entry("credential.value", body -> body.put("credential", Map.of("type", "bearer"))));
        cases.add(Map.entry("credential.value", body -> body.put("credential", credential("bearer", null, ""))));
        cases.add(Map.entry("credential.value", body -> body.put("credential", Map.of("type", "bearer",
                "value", 12345))));
        for (String header : List.of("Host", "host", "Connection", "Transfer-Encoding", "Keep-Alive", "Upgrade",
                "Proxy-Authorization", "TE", "Trailer", "Content-Length", "X-Interven-Decision", "X Api",
                "X-Api-Key\r\nEvil: 1", "X-Api-Key:", "", "Ключ", "x".repeat(257))) {
            cases.add(Map.entry("credential.name", body -> body.put("credential",
                    credential("header", header, PLANTED))));
        }
        cases.add(Map.entry("credential.name", body -> body.put("credential", credential("header", null, PLANTED))));
        for (String value : List.of(PLANTED + "\r\nX-Evil: 1", PLANTED + "\n", PLANTED + "\u0000",
                PLANTED + "\u007f", "\u0085" + PLANTED, " " + PLANTED, PLANTED + "é", "v".repeat(4097))) {
            cases.add(Map.entry("credential.value", body -> body.put("credential", headerCredential(value))));
        }
        cases.add(Map.entry("credential.value", body -> body.put("credential",
                credential("bearer", null, PLANTED + "\r\n"))));
        cases.add(Map.entry("credential.value", body -> body.put("credential",
                credential("query", "key", PLANTED + "\u0000"))));
        cases.add(Map.entry("credential.name", body -> body.put("credential", credential("query", "a&b=c", PLANTED))));
        cases.add(Map.entry("credential.name", body -> body.put("credential", credential("query", "k y", PLANTED))));
        cases.add(Map.entry("credential.name", body -> body.put("credential",
                credential("basic", "user:admin", PLANTED))));
        cases.add(Map.entry("credential.name", body -> body.put("credential", credential("basic", null, PLANTED))));
        cases.add(Map.entry("credential.name", body -> body.put("credential",
                credential("bearer", "Authorization", PLANTED))));
        cases.add(Map.entry("credential.extra", body -> body.put("credential", Map.of("type", "bearer",
                "value", PLANTED, "extra", true))));
        cases.add(Map.entry("allowed_methods", body -> body.put("allowed_methods", List.of())));
        cases.add(Map.entry("allowed_methods", body -> body.put("allowed_methods", "GET")));
        for (String method : List.of("get", "CONNECT", "TRACE", "GET ", "PROPFIND", "")) {
            cases.add(Map.entry("allowed_methods[1]", body -> body.put("allowed_methods", List.of("GET", method))));
        }
        cases.add(Map.entry("allowed_methods[0]", body -> body.put("allowed_methods", List.of(1))));
        cases.add(Map.entry("env_name", body -> body.put("env_name", "staging")));
        cases.add(Map.entry("env_name", body -> body.put("env_name", "Prod!")));
        cases.add(Map.entry("env_name", body -> body.remove("env_name")));
        cases.add(Map.entry("platform", body -> body.put("platform", "salesforce")));
        cases.add(Map.entry("platform", body -> body.put("platform", "CUSTOM")));
        cases.add(Map.entry("platform", body -> body.remove("platform")));
        for (Object millis : new Object[]{99, 30001, -1, 0, "5000", 5000.5, 1e30, true}) {
            cases.add(Map.entry("connect_timeout_ms", body -> body.put("connect_timeout_ms", millis)));
        }
        for (Object millis : new Object[]{99, 300001, Long.MAX_VALUE}) {
            cases.add(Map.entry("response_timeout_ms", body -> body.put("response_timeout_ms", millis)));
        }
        cases.add(Map.entry("upstream", body -> body.put("upstream", "https://acme.example.com")));
        cases.add(Map.entry("credential_value", body -> body.put("credential_value", PLANTED)));
        return cases;
    }

    @Test
    void everyFieldIsCheckedWithHostileValuesAndTheRefusalNamesIt() {
        TenantFixture tenant = newTenant();
        List<String> mismatches = new ArrayList<>();
        for (Map.Entry<String, Consumer<Map<String, Object>>> refusal : refusals()) {
            Map<String, Object> body = route(newPrefix());
            refusal.getValue().accept(body);

            HttpResult answer = create(tenant, body);

            List<String> failing = ErrorAssertions.failingFields(answer);
            if (answer.status() != 400 || !failing.equals(List.of(refusal.getKey()))
                    || answer.text().contains(PLANTED)) {
                mismatches.add(refusal.getKey() + " <- " + GatewayHarness.write(body).replace(PLANTED, "<planted>")
                        + " answered " + answer.status() + " " + answer.text());
            }
        }
        assertThat(mismatches).as("refusals that did not name exactly their field").isEmpty();
        assertThat(gateway().get(PATH, tenant.key()).json()).as("nothing refused was stored").isEmpty();
    }

    @Test
    void everyFailingFieldIsListedInOneAnswer() {
        TenantFixture tenant = newTenant();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("prefix", "Bad Prefix");
        body.put("upstream_base_url", "http://acme.example.com/?q");
        body.put("credential", credential("header", "Host", PLANTED + "\r\n"));
        body.put("allowed_methods", List.of("GET", "TRACE"));
        body.put("env_name", "nowhere");
        body.put("platform", "unknown");
        body.put("connect_timeout_ms", 1);
        body.put("response_timeout_ms", 1);
        body.put("colour", "blue");

        assertInvalidFields(create(tenant, body), "prefix", "upstream_base_url", "credential.name",
                "credential.value", "allowed_methods[1]", "env_name", "platform", "connect_timeout_ms",
                "response_timeout_ms", "colour");
        assertInvalidFields(gateway().post(PATH, tenant.key(), "[]"), "$");
        assertInvalidFields(gateway().post(PATH, tenant.key(), "{\"prefix\": \"a\"} {}"), "$");
        assertInvalidFields(gateway().post(PATH, tenant.key(), "{\"prefix\": \"a\", \"prefix\": \"b\"}"), "$");
    }

    @Test
    void plainHttpIsAcceptedForALoopbackUpstreamOnly() {
        TenantFixture tenant = newTenant();
        Map<String, Object> body = route(newPrefix());
        body.put("upstream_base_url", "http://127.0.0.1:9999/api/");

        HttpResult answer = create(tenant, body);

        assertThat(answer.status()).as(answer.text()).isEqualTo(201);
        assertThat(answer.field("upstream_base_url")).isEqualTo("http://127.0.0.1:9999/api");
    }

    @Test
    void aReplacementNeitherRenamesARouteNorSkipsItsChecks() {
        TenantFixture tenant = newTenant();
        String prefix = created(tenant, route(newPrefix()));
        Map<String, Object> renamed = route(newPrefix());
        Map<String, Object> invalid = route(prefix);
        invalid.put("credential", credential("header", "Connection", PLANTED));
        invalid.put("allowed_methods", List.of());

        assertInvalidFields(gateway().put(PATH + "/" + prefix, tenant.key(), renamed), "prefix");
        assertInvalidFields(gateway().put(PATH + "/" + prefix, tenant.key(), invalid), "credential.name",
                "allowed_methods");
        assertInvalidFields(gateway().get(PATH + "/Not_A_Prefix", tenant.key()), "prefix");
        assertThat(servedHere(prefix).orElseThrow().credential())
                .isEqualTo(new RouteCredential.Header("X-Api-Key", PLANTED));
    }

    @Test
    void anotherTenantsPrefixIsNotFoundAndTakenWithoutRevealingMore() {
        TenantFixture owner = newTenant();
        TenantFixture other = newTenant();
        String prefix = created(owner, route(newPrefix()));
        Map<String, Object> theirs = route(prefix);
        theirs.put("upstream_base_url", "https://evil.example/collect");
        theirs.put("credential", headerCredential("attacker-value"));

        assertError(gateway().get(PATH + "/" + prefix, other.key()), 404, "NOT_FOUND");
        assertError(gateway().put(PATH + "/" + prefix, other.key(), theirs), 404, "NOT_FOUND");
        assertError(gateway().delete(PATH + "/" + prefix, other.key()), 404, "NOT_FOUND");
        HttpResult taken = create(other, theirs);
        JsonNode error = assertError(taken, 409, "PREFIX_TAKEN");
        assertThat(error.path("details").get(0).path("field").asText()).isEqualTo("prefix");
        assertThat(taken.text()).doesNotContain(owner.tenantId()).doesNotContain("salesforce")
                .doesNotContain("X-Api-Key");
        assertThat(gateway().get(PATH, other.key()).json()).isEmpty();
        assertError(create(owner, route(prefix)), 409, "PREFIX_TAKEN");

        InboundRoute route = servedHere(prefix).orElseThrow();
        assertThat(route.tenantId().toString()).isEqualTo(owner.tenantId());
        assertThat(route.upstreamBaseUrl().getHost()).isEqualTo("acme.my.salesforce.com");
        assertThat(route.credential()).isEqualTo(new RouteCredential.Header("X-Api-Key", PLANTED));
    }

    @Test
    void anOperatorActsInTheTenantItNamesAndOtherKeysInTheirOwn() {
        TenantFixture tenant = newTenant();
        TenantFixture other = newTenant();
        Map<String, Object> body = route(newPrefix());
        body.put("tenant_id", tenant.tenantId());
        String operator = gateway().bootstrapKey();

        HttpResult created = gateway().post(PATH, operator, body);
        Map<String, Object> foreign = route(newPrefix());
        foreign.put("tenant_id", tenant.tenantId());
        HttpResult ignored = create(other, foreign);

        assertThat(created.status()).as(created.text()).isEqualTo(201);
        assertThat(created.field("tenant_id")).isEqualTo(tenant.tenantId());
        assertThat(ignored.status()).as(ignored.text()).isEqualTo(201);
        assertThat(ignored.field("tenant_id")).as("tenant_id of an admin key is ignored").isEqualTo(other.tenantId());
        String prefix = created.field("prefix");
        assertThat(gateway().get(PATH + "/" + prefix, tenant.key()).status()).isEqualTo(200);
        assertThat(gateway().get(PATH + "?tenant_id=" + tenant.tenantId(), operator).json())
                .extracting(route -> route.path("prefix").asText()).containsExactly(prefix);
        assertThat(gateway().get(PATH + "?tenant_id=" + tenant.tenantId(), other.key()).json())
                .extracting(route -> route.path("prefix").asText()).containsExactly(foreign.get("prefix").toString());
        assertError(gateway().get(PATH + "?tenant_id=" + UUID.randomUUID(), operator), 400, "VALIDATION_FAILED");
        assertThat(gateway().delete(PATH + "/" + prefix + "?tenant_id=" + tenant.tenantId(), operator).status())
                .isEqualTo(204);
    }

    @Test
    void onlyAdminKeysReachTheRoutes() {
        TenantFixture tenant = newTenant();
        String scanKey = TenantAdmin.keyWithRoles(tenant, "scan", "analyst");
        String prefix = created(tenant, route(newPrefix()));

        assertError(gateway().post(PATH, scanKey, route(newPrefix())), 403, "FORBIDDEN");
        assertError(gateway().get(PATH, scanKey), 403, "FORBIDDEN");
        assertError(gateway().get(PATH + "/" + prefix, scanKey), 403, "FORBIDDEN");
        assertError(gateway().delete(PATH + "/" + prefix, scanKey), 403, "FORBIDDEN");
        assertError(gateway().get(PATH, null), 401, "UNAUTHORIZED");
        assertThat(servedHere(prefix)).isPresent();
    }

    /**
     * A gateway of the test's own, running while the test reads its log: logging is one configuration per JVM, and a
     * gateway that stops (another test's) stops the file every gateway was logging to until the next one starts.
     */
    private GatewayHarness ownGateway() {
        return GatewayHarness.on(TestDatabase.fresh(database())).start();
    }

    @Test
    void aCiphertextCopiedToAnotherRowDoesNotDecryptAndThatRouteIsNotServed() {
        try (GatewayHarness own = ownGateway()) {
            TenantFixture tenant = own.newTenant();
            String source = created(tenant, route(newPrefix()));
            String target = created(tenant, route(newPrefix()));

            int copied = DatabaseRows.update(own.database(), "UPDATE inbound_routes SET credential_ciphertext ="
                    + " (SELECT credential_ciphertext FROM inbound_routes WHERE prefix = ?), credential_nonce ="
                    + " (SELECT credential_nonce FROM inbound_routes WHERE prefix = ?) WHERE prefix = ?",
                    source, source, target);
            served(own).refresh();

            assertThat(copied).isEqualTo(1);
            assertThat(served(own).byPrefix(target)).as("a copied ciphertext does not open for another route")
                    .isEmpty();
            assertThat(served(own).byPrefix(source)).isPresent();
            assertThat(loggedEventually(own, "inbound route " + target + " does not decrypt")).isTrue();
            assertThat(own.get(PATH + "/" + target, tenant.key()).status()).as("still listed to its admin")
                    .isEqualTo(200);

            Map<String, Object> rekeyed = route(target);
            rekeyed.put("credential", headerCredential(PLANTED + "-new"));
            assertThat(own.put(PATH + "/" + target, tenant.key(), rekeyed).status()).isEqualTo(200);
            assertThat(served(own).byPrefix(target).orElseThrow().credential()).as("a new credential repairs it")
                    .isEqualTo(new RouteCredential.Header("X-Api-Key", PLANTED + "-new"));
        }
    }

    @Test
    void aRowWhoseCredentialNameWasChangedDoesNotDecrypt() {
        try (GatewayHarness own = ownGateway()) {
            TenantFixture tenant = own.newTenant();
            String prefix = created(tenant, route(newPrefix()));

            DatabaseRows.update(own.database(), "UPDATE inbound_routes SET credential_name = 'X-Leak-To'"
                    + " WHERE prefix = ?", prefix);
            served(own).refresh();

            assertThat(served(own).byPrefix(prefix)).as("the name is bound to the ciphertext").isEmpty();
            assertThat(loggedEventually(own, "inbound route " + prefix + " does not decrypt")).isTrue();
        }
    }
}
