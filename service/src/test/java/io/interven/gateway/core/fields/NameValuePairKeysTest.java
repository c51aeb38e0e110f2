package io.interven.gateway.core.fields;

import static io.interven.gateway.core.fields.LayeredCallTest.JSON;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.interven.spi.ScanField;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A value written beside its name ({@code {"name": ..., "value": ...}} and its cousins) is filed under that name,
 * in a body and in JSON inside a string, whatever the member order and case; the name itself keeps its own key.
 */
class NameValuePairKeysTest {

    /** The key of each scanned field, by path. */
    static Map<String, String> keys(JsonNode body) {
        return keys(body, Map.of());
    }

    static Map<String, String> keys(JsonNode body, Map<String, String> headers) {
        Map<String, String> keys = new LinkedHashMap<>();
        for (ScanField field : CallSlots.of("https://x.example/in", headers, body).fields()) {
            keys.put(field.path(), field.key());
        }
        return keys;
    }

    static Map<String, String> keys(String json) throws Exception {
        return keys(JSON.readTree(json));
    }

    @Test
    void aChatEmbedFieldIsFiledUnderItsName() throws Exception {
        Map<String, String> keys = keys("{\"embeds\": [{\"title\": \"Deploy\", \"fields\": ["
                + "{\"name\": \"Aws Secret Access Key\", \"value\": \"abc\", \"inline\": true}]}]}");

        assertThat(keys).containsEntry("$.embeds[0].fields[0].value", "Aws Secret Access Key")
                .containsEntry("$.embeds[0].fields[0].name", "name")
                .containsEntry("$.embeds[0].title", "title");
    }

    @Test
    void theCommonShapesAreAllRead() throws Exception {
        assertThat(keys("[{\"Key\": \"api_token\", \"Value\": \"v\"}]")).containsEntry("$[0].Value", "api_token");
        assertThat(keys("{\"Parameters\": [{\"ParameterKey\": \"DbPassword\", \"ParameterValue\": \"v\"}]}"))
                .containsEntry("$.Parameters[0].ParameterValue", "DbPassword");
        assertThat(keys("{\"env\": [{\"name\": \"DB_PASSWORD\", \"value\": \"v\"}]}"))
                .containsEntry("$.env[0].value", "DB_PASSWORD");
        assertThat(keys("{\"fields\": [{\"title\": \"Password\", \"value\": \"v\", \"short\": true}]}"))
                .containsEntry("$.fields[0].value", "Password");
        assertThat(keys("{\"headers\": [{\"name\": \"Authorization\", \"value\": \"v\"}]}"))
                .containsEntry("$.headers[0].value", "Authorization");
        assertThat(keys("{\"option_name\": \"secret\", \"option-value\": \"v\"}"))
                .containsEntry("$.option-value", "secret");
        assertThat(keys("{\"label\": \"SSN\", \"text\": \"v\"}")).containsEntry("$.text", "SSN");
    }

    @Test
    void theNameMayComeAfterTheValueAndInAnyCase() throws Exception {
        assertThat(keys("{\"VALUE\": \"v\", \"NAME\": \"password\"}")).containsEntry("$.VALUE", "password");
        assertThat(keys("{\"value\": \"v\", \"x\": 1, \"nAmE\": \"password\"}")).containsEntry("$.value", "password");
    }

    @Test
    void aNameThatIsNoShortTextFilesNothing() throws Exception {
        assertThat(keys("{\"name\": {\"x\": \"password\"}, \"value\": \"v\"}")).containsEntry("$.value", "value");
        assertThat(keys("{\"name\": 5, \"value\": \"v\"}")).containsEntry("$.value", "value");
        assertThat(keys("{\"name\": [\"password\"], \"value\": \"v\"}")).containsEntry("$.value", "value");
        assertThat(keys("{\"name\": null, \"value\": \"v\"}")).containsEntry("$.value", "value");
        assertThat(keys("{\"name\": \"\", \"value\": \"v\"}")).containsEntry("$.value", "value");
        assertThat(keys("{\"name\": \"12345\", \"value\": \"v\"}")).containsEntry("$.value", "value");
        assertThat(keys("{\"name\": \"" + "p".repeat(NameValuePair.MAX_NAME_LENGTH + 1) + "\", \"value\": \"v\"}"))
                .containsEntry("$.value", "value");
    }

    @Test
    void aMemberThatNamesItsOwnContentKeepsItsName() throws Exception {
        assertThat(keys("{\"name\": \"github\", \"secret\": \"v\"}")).containsEntry("$.secret", "secret");
        assertThat(keys("{\"name\": \"Jane\", \"email\": \"v\"}")).containsEntry("$.email", "email");
        assertThat(keys("{\"id\": \"password\", \"value\": \"v\"}")).containsEntry("$.value", "value");
    }

    @Test
    void theMostTellingNameWinsWhateverTheOrder() throws Exception {
        assertThat(keys("{\"title\": \"note\", \"value\": \"v\", \"key\": \"password\"}"))
                .containsEntry("$.value", "password");
        assertThat(keys("{\"label\": \"x\", \"name\": \"password\", \"value\": \"v\"}"))
                .containsEntry("$.value", "password");
    }

    @Test
    void arrayValuesAreFiledUnderTheNameButObjectsInsideKeepTheirKeys() throws Exception {
        Map<String, String> keys = keys("{\"name\": \"tokens\", \"values\": [\"a\", [\"b\"], {\"k\": \"c\"}]}");

        assertThat(keys).containsEntry("$.values[0]", "tokens").containsEntry("$.values[1][0]", "tokens")
                .containsEntry("$.values[2].k", "k");
    }

    @Test
    void nestedPairsAreEachFiledUnderTheirOwnName() throws Exception {
        Map<String, String> keys = keys("{\"name\": \"outer\", \"value\": {\"name\": \"password\", \"value\": \"v\"}}");

        assertThat(keys).containsEntry("$.value.value", "password").containsEntry("$.value.name", "name")
                .containsEntry("$.name", "name");
    }

    @Test
    void theNameReachesTheLayersDecodedFromTheValue() throws Exception {
        String encoded = Base64.getEncoder().encodeToString("hunter2-horse-battery-staple"
                .getBytes(StandardCharsets.UTF_8));
        Map<String, String> keys = keys("{\"name\": \"password\", \"value\": \"" + encoded + "\", "
                + "\"values\": [\"{\\\"token\\\": \\\"t\\\", \\\"n\\\": 1}\", \"a=1&b=2\"]}");

        assertThat(keys).containsEntry("$.value|base64", "password").containsEntry("$.values[0]|json.token", "token")
                .containsEntry("$.values[1]|form.b", "b");
    }

    @Test
    void aNumberValueIsFiledUnderTheName() throws Exception {
        assertThat(keys("{\"name\": \"pin\", \"value\": 123456}")).containsEntry("$.value", "pin");
    }

    @Test
    void pairsInJsonInsideAStringAreFiledTheSameWay() throws Exception {
        String inner = "{\"a\": [{\"value\": \"v\", \"Name\": \"Aws Secret Access Key\"}, "
                + "{\"name\": \"x\", \"value\": {\"value\": \"w\"}}, {\"key\": \"k\", \"values\": [\"e\", [\"f\"]]},"
                + " {\"name\": \"dup\", \"value\": \"1\", \"value\": \"2\"}, {\"name\": 7, \"value\": \"n\"}]}";
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("payload", inner);

        Map<String, String> keys = keys(body);

        assertThat(keys).containsEntry("$.payload|json.a[0].value", "Aws Secret Access Key")
                .containsEntry("$.payload|json.a[0].Name", "Name")
                .containsEntry("$.payload|json.a[1].value.value", "value")
                .containsEntry("$.payload|json.a[2].values[0]", "k")
                .containsEntry("$.payload|json.a[2].values[1][0]", "k")
                .containsEntry("$.payload|json.a[3].value", "dup")
                .containsEntry("$.payload|json.a[3].value~2", "dup")
                .containsEntry("$.payload|json.a[4].value", "value");
    }

    @Test
    void theWalkerAndTheEmbeddedReaderAgree() throws Exception {
        String json = "{\"list\": [{\"Key\": \"A\", \"Value\": \"1\"}, {\"value\": [\"2\", {\"x\": \"3\"}], "
                + "\"label\": \"B\"}, {\"name\": \"C\", \"data\": {\"value\": \"4\"}}], \"value\": \"5\", \"title\": \"D\"}";
        Map<String, String> walked = keys(json);
        Map<String, String> embedded = new LinkedHashMap<>();
        keys(TextNode.valueOf(json)).forEach((path, key) -> embedded.put(path.replace("$|json", "$"), key));

        assertThat(embedded).isEqualTo(walked);
        assertThat(walked).containsEntry("$.list[1].value[0]", "B").containsEntry("$.value", "D")
                .containsEntry("$.list[2].data.value", "value");
    }

    @Test
    void aHugeListOfPairsIsReadWithoutFailing() {
        ArrayNode list = JsonNodeFactory.instance.arrayNode();
        int pairs = 20_000;
        for (int i = 0; i < pairs; i++) {
            list.addObject().put("value", "v" + i).put("name", "n" + i);
        }
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.set("env", list);
        ObjectNode wrapped = JsonNodeFactory.instance.objectNode();
        wrapped.put("payload", body.toString());

        Map<String, String> walked = keys(body);
        Map<String, String> embedded = keys(wrapped);

        for (int i = 0; i < pairs; i++) {
            assertThat(walked.get("$.env[" + i + "].value")).isEqualTo("n" + i);
            assertThat(embedded.get("$.payload|json.env[" + i + "].value")).isEqualTo("n" + i);
        }
    }

    @Test
    void aFormDataPartIsFiledUnderItsFieldName() {
        String multipart = "--b0und\r\nContent-Disposition: form-data; name=\"password\"\r\n\r\nv1\r\n"
                + "--b0und\r\nContent-Disposition: form-data; name=\"up\"; filename=\"a.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\nv2\r\n"
                + "--b0und\r\ncontent-disposition: form-data; filename=\"name.txt\"; NAME=\"api \\\"key\\\"\"\r\n\r\nv3\r\n"
                + "--b0und\r\nContent-Disposition: form-data; name=token\r\nContent-Transfer-Encoding: quoted-printable\r\n"
                + "\r\nv=3D4\r\n"
                + "--b0und\r\nContent-Type: text/plain\r\n\r\nv5\r\n--b0und--\r\n";

        Map<String, String> keys = keys(TextNode.valueOf(multipart),
                Map.of("Content-Type", "multipart/form-data; boundary=b0und"));

        assertThat(keys).containsEntry("$|multipart[0].body", "password").containsEntry("$|multipart[1].body", "up")
                .containsEntry("$|multipart[2].body", "api \"key\"").containsEntry("$|multipart[3].body|qp", "token")
                .containsEntry("$|multipart[4].body", null).containsEntry("$|multipart[0].headers", null);
    }

    @Test
    void aFormBodyValueIsFiledUnderItsName() {
        Map<String, String> keys = keys(TextNode.valueOf("user=bob&password=v"),
                Map.of("Content-Type", "application/x-www-form-urlencoded"));

        assertThat(keys).containsEntry("$|form.password", "password").containsEntry("$|form.password|name", null);
    }

    @Test
    void graphQlVariablesAreOrdinaryJson() throws Exception {
        Map<String, String> keys = keys("{\"query\": \"mutation Login($p: String!) { login(password: $p) { ok } }\","
                + " \"variables\": {\"p\": \"v\", \"input\": {\"password\": \"w\"}}}");

        assertThat(keys).containsEntry("$.variables.p", "p").containsEntry("$.variables.input.password", "password");
    }

    @Test
    void objectsWithoutAValueMemberKeepTheirKeys() throws Exception {
        Map<String, String> keys = keys("{\"user\": {\"name\": \"Jane\", \"password\": \"v\"}, \"key\": \"k\", "
                + "\"token\": \"w\"}");

        assertThat(keys).containsEntry("$.user.name", "name").containsEntry("$.user.password", "password")
                .containsEntry("$.token", "token");
    }

    @Test
    void aHeadingBesideABodyIsADocumentNotAPair() throws Exception {
        assertThat(keys("{\"title\": \"Password reset for the API\", \"text\": \"v\"}"))
                .containsEntry("$.text", "text");
        assertThat(keys("{\"label\": \"Notes from the review.\", \"content\": \"v\"}"))
                .containsEntry("$.content", "content");
        assertThat(keys("{\"label\": \"Secret\", \"content\": \"v\"}")).containsEntry("$.content", "Secret");
        assertThat(keys("{\"title\": \"Password\", \"data\": \"v\", \"value\": \"w\"}"))
                .containsEntry("$.value", "Password");
        assertThat(keys("{\"name\": \"DB_PASSWORD\", \"data\": \"v\"}")).containsEntry("$.data", "DB_PASSWORD");
        assertThat(keys("{\"text\": \"v\", \"key\": \"api_token\"}")).containsEntry("$.text", "api_token");
    }

    @Test
    void aJsonRpcCallFilesItsParamsUnderItsMethod() throws Exception {
        String call = "{\"id\": \"3286a508-a6ca-278a-c078-85b2b515d8d2\", \"msg\": \"method\", "
                + "\"method\": \"auth.login_with_api_key\", \"params\": [\"k\", [\"deep\"]]}";
        assertThat(keys(call)).containsEntry("$.params[0]", "auth.login_with_api_key")
                .containsEntry("$.params[1][0]", "auth.login_with_api_key")
                .containsEntry("$.method", "method").containsEntry("$.id", "id");
        assertThat(keys("{\"params\": \"k\", \"jsonrpc\": \"2.0\", \"method\": \"vault.unseal_key\"}"))
                .containsEntry("$.params", "vault.unseal_key");

        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("note", call);
        assertThat(keys(body)).containsEntry("$.note|json.params[0]", "auth.login_with_api_key")
                .containsEntry("$.note|json.method", "method");
    }

    @Test
    void aJsonRpcParamsObjectKeepsItsMembersAndOnlyACallFilesParams() throws Exception {
        assertThat(keys("{\"jsonrpc\": \"2.0\", \"method\": \"tools/call\", \"params\": {\"name\": \"x\", "
                + "\"arguments\": {\"path\": \"a\"}}}")).containsEntry("$.params.name", "name")
                .containsEntry("$.params.arguments.path", "path");
        assertThat(keys("{\"method\": \"Pay by card today\", \"params\": [\"k\"]}"))
                .containsEntry("$.params[0]", "params");
        assertThat(keys("{\"name\": \"password\", \"params\": [\"k\"]}")).containsEntry("$.params[0]", "params");
        assertThat(keys("{\"name\": \"password\", \"value\": \"v\", \"params\": [\"k\"]}"))
                .containsEntry("$.params[0]", "params").containsEntry("$.value", "password");
        assertThat(keys("{\"method\": \"auth.login_with_api_key\", \"args\": [\"k\"]}"))
                .containsEntry("$.args[0]", "args");
    }
}
