package io.interven.gateway.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.interven.gateway.testing.HttpResult;
import io.interven.gateway.testing.TenantFixture;
import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A secret written beside its name, in every shape of name/value pair (chat embed fields, Kubernetes env, cloud
 * tags, CloudFormation parameters, HAR headers, JSON inside a string, form-data parts, forms, GraphQL variables and
 * inline arguments, a CSV table), and personal data the
 * same way, over HTTP on a real gateway: the scan answers SANITIZE, and the sanitized body keeps the name and
 * loses the value. The same shapes
 * with a value that is no secret (a placeholder, a git commit, a policy) are let through.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class NameValuePairsContract extends GatewayContract {
    static final String URL = "https://chat.example-corp.com/api/messages";
    /** A 40-character AWS secret access key, with nothing but its name to tell what it is. */
    static final String AWS_SECRET = "TVPz9kQ2mX7rL4wN8bY3cF6hJ1dS5gA0eR/uK+tZ";
    static final String PASSWORD = "Xk9vR2mQ7zL4pWq8";
    static final String GIT_SHA = "3f786850e387550fdab836ed7e6dc881de23001b";
    /** A TrueNAS-style API key: its id, a dash and 64 random characters, with no format of its own. */
    static final String RPC_KEY = "8-Qm9aK3vR7xT2pLw8NcY5dHs1FgJ6bZe4UoKi9MtXr0VwSqBnC7yDlEhGfPjA2uO3I8zKcT5E";

    private TenantFixture tenant;

    @BeforeAll
    void tenant() {
        tenant = newTenant();
    }

    static Map<String, Object> call(Map<String, String> headers, Object body) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("method", "POST");
        request.put("url", URL);
        request.put("headers", headers);
        request.put("body", body);
        return request;
    }

    static Map<String, Object> json(Object body) {
        return call(Map.of("Content-Type", "application/json"), body);
    }

    static Map<String, String> pair(String nameMember, String name, String valueMember, String value) {
        Map<String, String> pair = new LinkedHashMap<>();
        pair.put(nameMember, name);
        pair.put(valueMember, value);
        return pair;
    }

    static String multipart(String name, String value) {
        return "--b0und\r\nContent-Disposition: form-data; name=\"channel\"\r\n\r\nops\r\n"
                + "--b0und\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n"
                + "--b0und--\r\n";
    }

    /** The body as JSON text and every string in it as written (a CSV text keeps its line breaks). */
    static String forwardedText(JsonNode body) {
        StringBuilder text = new StringBuilder(body.toString());
        ArrayDeque<JsonNode> pending = new ArrayDeque<>(List.of(body));
        while (!pending.isEmpty()) {
            JsonNode node = pending.pop();
            if (node.isTextual()) {
                text.append('\n').append(node.asText());
            }
            node.forEach(pending::push);
        }
        return text.toString();
    }

    /** Each shape with a secret: (name, call, the name that must stay, the value that must go). */
    static Stream<Arguments> secrets() {
        return Stream.of(
                Arguments.of("a chat embed field", json(Map.of("embeds", List.of(Map.of("title", "Deploy",
                        "fields", List.of(Map.of("name", "Aws Secret Access Key", "value", AWS_SECRET,
                                "inline", true)))))), "Aws Secret Access Key", AWS_SECRET),
                Arguments.of("the name after the value, in upper case", json(Map.of("attachments", List.of(Map.of(
                        "fields", List.of(pair("VALUE", AWS_SECRET, "TITLE", "aws secret access key")))))),
                        "aws secret access key", AWS_SECRET),
                Arguments.of("Kubernetes env", json(Map.of("spec", Map.of("containers", List.of(Map.of("env",
                        List.of(pair("name", "LOG_LEVEL", "value", "debug"),
                                pair("name", "DB_PASSWORD", "value", PASSWORD))))))), "DB_PASSWORD", PASSWORD),
                Arguments.of("cloud tags", json(Map.of("Tags", List.of(pair("Key", "Owner", "Value", "ops"),
                        pair("Key", "db_password", "Value", PASSWORD)))), "db_password", PASSWORD),
                Arguments.of("CloudFormation parameters", json(Map.of("Parameters", List.of(pair("ParameterKey",
                        "MasterUserPassword", "ParameterValue", PASSWORD)))), "MasterUserPassword", PASSWORD),
                Arguments.of("pairs in JSON inside a string", json(Map.of("payload", "{\"fields\": [{\"value\": \""
                        + AWS_SECRET + "\", \"name\": \"Aws Secret Access Key\"}]}")), "Aws Secret Access Key",
                        AWS_SECRET),
                Arguments.of("a form-data part", call(Map.of("Content-Type", "multipart/form-data; boundary=b0und"),
                        multipart("password", PASSWORD)), "name=\"password\"", PASSWORD),
                Arguments.of("a form body", call(Map.of("Content-Type", "application/x-www-form-urlencoded"),
                        "user=bob&db_password=" + PASSWORD + "&channel=ops"), "db_password=", PASSWORD),
                Arguments.of("GraphQL variables", json(Map.of("query", "mutation Login($u: String!, $p: String!) "
                        + "{ login(user: $u, password: $p) { ok } }", "variables", Map.of("u", "bob", "password",
                        PASSWORD))), "\"password\"", PASSWORD),
                Arguments.of("a GraphQL argument written inline", json(Map.of("query", "mutation { login(user: \"bob\","
                        + " password: \"" + PASSWORD + "\") { ok } }")), "password: \"", PASSWORD),
                Arguments.of("HAR headers", json(Map.of("log", Map.of("entries", List.of(Map.of("request", Map.of(
                        "headers", List.of(pair("name", "Accept", "value", "*/*"), pair("name", "X-Api-Key",
                                "value", PASSWORD)))))))), "X-Api-Key", PASSWORD),
                Arguments.of("a CSV table", json(Map.of("report", "user,aws_secret_access_key,note\r\nbob,"
                        + AWS_SECRET + ",\"rotated, soon\"\r\n")), "user,aws_secret_access_key,note\r\nbob,",
                        AWS_SECRET),
                Arguments.of("a JSON-RPC call in a note", json(Map.of("note", "{\"id\": \"3286a508-a6ca-278a-c078-"
                        + "85b2b515d8d2\", \"msg\": \"method\", \"method\": \"auth.login_with_api_key\", \"params\": [\""
                        + RPC_KEY + "\"]}")), "auth.login_with_api_key", RPC_KEY),
                Arguments.of("a JSON-RPC call as the body", json(Map.of("jsonrpc", "2.0", "id", 7, "method",
                        "auth.login_with_api_key", "params", List.of(RPC_KEY))), "auth.login_with_api_key", RPC_KEY),
                Arguments.of("a TSV table with quoted names", json(Map.of("report",
                        "\"user\"\t\"Aws Secret Access Key\"\nbob\t\"" + AWS_SECRET + "\"\n")),
                        "\"Aws Secret Access Key\"\nbob\t\"", AWS_SECRET));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("secrets")
    void aSecretBesideItsNameIsRedactedAndTheNameKept(String shape, Map<String, Object> call, String name,
                                                      String secret) {
        HttpResult answer = tenant.scan(call);

        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        JsonNode json = answer.json();
        assertThat(json.path("decision").asText()).as("%s: %s", shape, answer.text()).isEqualTo("SANITIZE");
        assertThat(json.path("classifications").toString()).contains("SECRETS");
        String forwarded = forwardedText(json.path("sanitized_body"));
        assertThat(forwarded).as(shape).contains(name).doesNotContain(secret).contains("REDACTED");
    }

    /** Personal data beside its name: (name, call, the name that must stay, the value that must go). */
    static Stream<Arguments> personalData() {
        return Stream.of(
                Arguments.of("a date of birth in a form field list", json(Map.of("fields", List.of(
                        pair("label", "Date of Birth", "value", "1984-07-23")))), "Date of Birth", "1984-07-23"),
                Arguments.of("a date of birth in a CSV column", json(Map.of("report",
                        "id,date_of_birth\n17,1984-07-23\n")), "id,date_of_birth\n17,", "1984-07-23"),
                Arguments.of("a name in a form-data part", call(Map.of("Content-Type",
                        "multipart/form-data; boundary=b0und"), multipart("full_name", "Marguerite Okonkwo")),
                        "name=\"full_name\"", "Okonkwo"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("personalData")
    void personalDataBesideItsNameIsRedactedAndTheNameKept(String shape, Map<String, Object> call, String name,
                                                           String value) {
        HttpResult answer = tenant.scan(call);

        JsonNode json = answer.json();
        assertThat(json.path("decision").asText()).as("%s: %s", shape, answer.text()).isEqualTo("SANITIZE");
        assertThat(json.path("classifications").toString()).contains("PII");
        String forwarded = forwardedText(json.path("sanitized_body"));
        assertThat(forwarded).as(shape).contains(name).doesNotContain(value);
    }

    /** The same shapes with values that are no secret: (name, call). */
    static Stream<Arguments> noSecrets() {
        return Stream.of(
                Arguments.of("a placeholder beside the name", json(Map.of("fields", List.of(Map.of(
                        "name", "Aws Secret Access Key", "value", "YOUR_AWS_SECRET_ACCESS_KEY"))))),
                Arguments.of("a commit beside a neutral name", json(Map.of("env", List.of(pair("name",
                        "GIT_COMMIT", "value", GIT_SHA))))),
                Arguments.of("a policy beside a password name", json(Map.of("Tags", List.of(pair("Key",
                        "password_policy", "Value", "at least 12 characters")))))
                , Arguments.of("a CSV table of commits", json(Map.of("report", "build,commit\n1042," + GIT_SHA
                        + "\n1043," + GIT_SHA.replace('3', '4') + "\n"))),
                Arguments.of("a JSON-RPC call with ordinary parameters", json(Map.of("jsonrpc", "2.0", "id",
                        "3286a508-a6ca-278a-c078-85b2b515d8d2", "method", "repo.show_commit", "params",
                        List.of(GIT_SHA, "stat")))),
                Arguments.of("a JSON-RPC call that names a secret by its path", json(Map.of("jsonrpc", "2.0",
                        "method", "vault.read_secret", "params", List.of("kv/prod/db/password")))),
                Arguments.of("a JSON-RPC login with a placeholder key", json(Map.of("method",
                        "auth.login_with_api_key", "params", List.of("<your api key>")))),
                Arguments.of("prose with commas on two lines", json(Map.of("text",
                        "Hi team, the password rotation is done.\nThanks, see the runbook for details."))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("noSecrets")
    void aValueThatIsNoSecretIsLetThrough(String shape, Map<String, Object> call) {
        HttpResult answer = tenant.scan(call);

        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        assertThat(answer.json().path("decision").asText()).as("%s: %s", shape, answer.text()).isEqualTo("ALLOW");
    }

    /** A name that is itself a secret is redacted where it stands, and the value beside it is kept. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("secretNames")
    void aNameThatIsItselfASecretIsRedacted(String shape, Map<String, Object> call) {
        HttpResult answer = tenant.scan(call);

        assertThat(answer.json().path("decision").asText()).as(answer.text()).isEqualTo("SANITIZE");
        String forwarded = answer.json().path("sanitized_body").toString();
        assertThat(forwarded).doesNotContain(PlantedValues.GITHUB_TOKEN.substring(4)).contains("harmless note");
    }

    static Stream<Arguments> secretNames() {
        return Stream.of(
                Arguments.of("a JSON pair", json(Map.of("fields", List.of(pair("name", PlantedValues.GITHUB_TOKEN,
                        "value", "harmless note"))))),
                Arguments.of("a CSV header", json(Map.of("report", "id," + PlantedValues.GITHUB_TOKEN
                        + "\n1,harmless note\n"))));
    }
}
