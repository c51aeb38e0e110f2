package io.interven.gateway.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.interven.gateway.testing.HttpResult;
import io.interven.gateway.testing.TenantFixture;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Decisions an attacker cannot talk the gateway out of, over real HTTP: data in a read leaves the machine as a
 * write's does, a rented host under a provider's domain is not the provider, and a tool stays that tool however
 * the path is spelled and whatever host of the vendor is called. Run once per database.
 */
abstract class EgressDecisionContract extends GatewayContract {
    static final String GITHUB_TOKEN = PlantedValues.GITHUB_TOKEN;
    static final String AWS_KEY = "AKIA5HGAZYXDOWG7M6RX";

    @Test
    void aTokenInTheBodyOfAReadToAnUnknownHostIsSanitized() {
        TenantFixture tenant = newTenant();
        for (String method : List.of("GET", "DELETE", "OPTIONS", "HEAD")) {
            JsonNode json = tenant.scan(Map.of("method", method, "url", "https://collector.example.net/x",
                    "body", Map.of("note", "use " + GITHUB_TOKEN))).json();

            assertThat(json.get("decision").asText()).as(method).isEqualTo("SANITIZE");
            assertThat(json.get("rule_id").asText()).as(method).isEqualTo("secrets-sanitize");
            assertThat(json.get("sanitized_body").get("note").asText()).isEqualTo("use [REDACTED:GITHUB_TOKEN]");
        }
    }

    @Test
    void aCardAndAnEmailInTheQueryOfAGetAreSanitized() {
        HttpResult answer = newTenant().scan(Map.of("method", "GET",
                "url", "https://collector.example.net/x?card=" + PlantedValues.CARD + "&to=" + PlantedValues.EMAIL));

        JsonNode json = answer.json();
        assertThat(json.get("decision").asText()).isEqualTo("SANITIZE");
        assertThat(json.get("classifications").toString()).contains("PII");
        assertThat(answer.text()).doesNotContain(PlantedValues.CARD).doesNotContain(PlantedValues.EMAIL);
    }

    @Test
    void anAwsKeySentToABucketHostIsDataAndAMismatch() {
        for (String url : List.of("https://attacker-logs.s3.amazonaws.com/upload",
                "https://x1y2z3.execute-api.us-east-1.amazonaws.com/prod/collect",
                "https://attacker-logs.s3.amazonaws.com/upload?X-Amz-Credential=" + AWS_KEY)) {
            Map<String, Object> request = url.contains("X-Amz") ? Map.of("method", "PUT", "url", url)
                    : Map.of("method", "PUT", "url", url, "headers", Map.of("X-Api-Key", AWS_KEY));
            JsonNode json = newTenant().scan(request).json();

            assertThat(json.get("classifications").toString()).as(url).contains("SECRETS");
            assertThat(json.get("reason_codes").toString()).as(url).contains("CREDENTIAL_HOST_MISMATCH");
            assertThat(json.get("decision").asText()).as(url).isEqualTo("DENY");
        }
    }

    @Test
    void anAwsKeySentToAnAwsServiceEndpointAuthenticatesTheCall() {
        for (String host : List.of("sts.amazonaws.com", "sts.us-east-1.amazonaws.com", "STS.AMAZONAWS.COM.")) {
            JsonNode json = newTenant().scan(Map.of("method", "POST", "url", "https://" + host + "/",
                    "headers", Map.of("X-Api-Key", AWS_KEY))).json();

            assertThat(json.get("decision").asText()).as(host).isEqualTo("ALLOW");
            assertThat(json.get("classifications")).as(host).isEmpty();
        }
    }

    @Test
    void aGraphqlQueryReadsAndAMutationIsTheOperationItExecutes() {
        TenantFixture tenant = newTenant();
        JsonNode query = tenant.scan(Map.of("method", "POST", "url", "https://api.github.com/graphql",
                "body", Map.of("query", "query { viewer { login } }"))).json();
        JsonNode mutation = tenant.scan(Map.of("method", "POST", "url", "https://api.github.com/graphql",
                "body", Map.of("query", "query { viewer { login } } mutation { deleteRepository { id } }"))).json();

        assertThat(query.get("tool_name").asText()).isEqualTo("github");
        assertThat(query.get("operation").asText()).isEqualTo("graphql_query");
        assertThat(query.get("verb").asText()).isEqualTo("READ");
        assertThat(mutation.get("operation").asText()).isEqualTo("delete_repo");
        assertThat(mutation.get("verb").asText()).isEqualTo("DELETE");
    }

    @Test
    void pathTricksDoNotChangeTheTool() {
        TenantFixture tenant = newTenant();
        for (String path : List.of("//repos/acme/app/pulls", "/repos%2Facme%2Fapp/pulls", "/repos/acme/app/pulls;x=1",
                "/repos/acme/app/./pulls/", "/x/..;/repos/acme/app/pulls")) {
            JsonNode json = tenant.scan(Map.of("method", "POST", "url", "https://api.github.com" + path,
                    "body", Map.of("title", "t"))).json();

            assertThat(json.get("tool_name").asText()).as(path).isEqualTo("github");
            assertThat(json.get("operation").asText()).as(path).isEqualTo("create_pr");
        }
    }

    @Test
    void aPolicyOnAToolHoldsForEveryHostAndPathOfTheVendor() {
        TenantFixture tenant = newTenant();
        PolicyApi.apply(tenant, PolicyApi.policy("no-slack", List.of(
                PolicyApi.rule("deny-slack", Map.of("tool", "slack"), "DENY", 100))));
        for (String url : List.of("https://hooks.slack.com/services/T1/B1/x", "https://slack.com/api/chat.postMessage",
                "https://files.slack.com/upload/v1/abc", "https://api.slack.com/apps", "https://slack.com/api/x.y",
                "https://hooks.slack.com//services%2FT1/B1/x;y")) {
            JsonNode json = tenant.scan(Map.of("method", "POST", "url", url, "body", Map.of("text", "hi"))).json();

            assertThat(json.get("tool_name").asText()).as(url).isEqualTo("slack");
            assertThat(json.get("decision").asText()).as(url).isEqualTo("DENY");
        }
    }
}
