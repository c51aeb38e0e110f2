package io.interven.gateway.core.fields;

import static io.interven.gateway.core.fields.LayeredCallTest.SECRET;
import static io.interven.gateway.core.fields.LayeredCallTest.call;
import static io.interven.gateway.core.fields.LayeredCallTest.sanitize;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.interven.gateway.core.CallInput;
import io.interven.gateway.core.SanitizedCall;
import io.interven.gateway.core.Sanitizer;
import io.interven.spi.DataClasses;
import io.interven.spi.Finding;
import io.interven.spi.ScanField;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A text that is a table with a header row: each data cell is scanned filed under its column's name, and
 * sanitizing rewrites only the cell (quoted as its neighbours need), keeping the header and every other cell.
 */
class CsvCellsTest {
    static final String MARKER = "[REDACTED:TEST_TOKEN]";

    static Map<String, ScanField> fields(String text) {
        Map<String, ScanField> fields = new LinkedHashMap<>();
        for (ScanField field : CallSlots.of("https://x.example/in", Map.of(), body(text)).fields()) {
            fields.put(field.path(), field);
        }
        return fields;
    }

    static ObjectNode body(String text) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("rows", text);
        return body;
    }

    static String sanitizedRows(String text) {
        return sanitize(call("https://x.example/in", Map.of(), body(text))).body().get("rows").asText();
    }

    @Test
    void eachCellIsFiledUnderItsColumn() {
        Map<String, ScanField> fields = fields("user,aws_secret_access_key,note\nbob,abc,hi\r\nann,,\"x, y\"\n");

        assertThat(fields.get("$.rows|csv[1][1]").key()).isEqualTo("aws_secret_access_key");
        assertThat(fields.get("$.rows|csv[1][1]").text()).isEqualTo("abc");
        assertThat(fields.get("$.rows|csv[2][0]").key()).isEqualTo("user");
        assertThat(fields.get("$.rows|csv[2][2]").text()).isEqualTo("x, y");
        assertThat(fields).doesNotContainKey("$.rows|csv[2][1]");
        assertThat(fields.get("$.rows").key()).isEqualTo("rows");
    }

    @Test
    void quotedHeadersQuotedCellsWithLineBreaksAndTabsAreRead() {
        Map<String, ScanField> tsv = fields("name\tSecret Value\nbob\t\"two\nlines\"\n");
        assertThat(tsv.get("$.rows|csv[1][1]").key()).isEqualTo("Secret Value");
        assertThat(tsv.get("$.rows|csv[1][1]").text()).isEqualTo("two\nlines");

        Map<String, ScanField> quoted = fields("\"Aws Secret Access Key\",\"id\"\r\n\"say \"\"hi\"\"\",7\r\n");
        assertThat(quoted.get("$.rows|csv[1][0]").key()).isEqualTo("Aws Secret Access Key");
        assertThat(quoted.get("$.rows|csv[1][0]").text()).isEqualTo("say \"hi\"");
    }

    @Test
    void textsThatAreNoTableAreNotCut() {
        List<String> notTables = List.of(
                "Alice Smith,4111111111111111,12/27\nBob Jones,5500000000000004,01/28",
                "name,email\nbob,b@example.com,extra\n",
                "name,email\nbob\n",
                "Hello there, friend.\n",
                "a,\"unclosed\nb,c\n",
                "a,b\n\"x\"y,z\n",
                "a,b\nx,y\"z\n",
                "only,a,header\n",
                ",b\nx,y\n",
                "Hi team, the password rotation is done.\nThanks, see the runbook for details.\n",
                "Hi team, it is done\nThanks, as discussed in the meeting we had yesterday at noon\n".replace("it is done",
                        "the rotation of every single key we hold is done"));
        for (String text : notTables) {
            assertThat(fields(text).keySet()).as(text).noneMatch(path -> path.contains("|csv"));
        }
    }

    @Test
    void sanitizingRewritesOnlyTheCell() {
        String table = "user,token,note\r\nbob," + SECRET + ",keep me\r\nann,\"" + SECRET + "\",\"a, b\"\r\n";

        assertThat(sanitizedRows(table)).isEqualTo("user,token,note\r\nbob," + MARKER + ",keep me\r\nann,\""
                + MARKER + "\",\"a, b\"\r\n");
    }

    @Test
    void aCellWithEscapedQuotesIsWrittenBackQuoted() {
        String table = "user;note\nbob;\"he said \"\"" + SECRET + "\"\"\"\n";

        assertThat(sanitizedRows(table)).isEqualTo("user;note\nbob;\"he said \"\"" + MARKER + "\"\"\"\n");
    }

    @Test
    void aValueFoundOnlyInTheCellIsRedactedInTheCell() {
        String table = "user,password\nbob,hunter2-horse\nann,x\n";
        ObjectNode body = body(table);
        CallInput call = call("https://x.example/in", Map.of(), body);
        List<Finding> findings = new ArrayList<>();
        for (ScanField field : CallSlots.of(call.url(), call.headers(), body).fields()) {
            if ("password".equals(field.key()) && field.text().length() > 8) {
                findings.add(field.finding("PASSWORD", DataClasses.SECRETS, 0, field.text().length(), 0.9, "test"));
            }
        }

        SanitizedCall clean = new Sanitizer().sanitize(call, findings);

        assertThat(findings).extracting(Finding::path).containsExactly("$.rows|csv[1][1]");
        assertThat(clean.body().get("rows").asText()).isEqualTo("user,password\nbob,[REDACTED:PASSWORD]\nann,x\n");
    }

    @Test
    void aFindingAcrossCellsIsRedactedInTheTextAsWritten() {
        String table = "a,b\n" + SECRET.substring(0, 10) + "," + SECRET.substring(10) + "\n";
        ObjectNode body = body(table);
        CallInput call = call("https://x.example/in", Map.of(), body);
        ScanField raw = CallSlots.of(call.url(), call.headers(), body).fields().stream()
                .filter(f -> f.path().equals("$.rows")).findFirst().orElseThrow();
        Finding across = raw.finding("TEST_TOKEN", DataClasses.SECRETS, 4, table.length() - 1, 0.9, "test");

        String rows = new Sanitizer().sanitize(call, List.of(across)).body().get("rows")
                .asText();

        assertThat(rows).isEqualTo("a,b\n" + MARKER + "\n");
    }

    @Test
    void aHugeTableIsCutUpToItsCellLimitAndScannedWholeAsWritten() {
        StringBuilder table = new StringBuilder("a,b\n");
        int rows = CsvTable.MAX_CELLS;
        for (int i = 0; i < rows; i++) {
            table.append(i).append(",x\n");
        }
        table.append("last,").append(SECRET).append('\n');

        Map<String, ScanField> fields = fields(table.toString());

        assertThat(fields.keySet().stream().filter(path -> path.contains("|csv"))).hasSize(CsvTable.MAX_CELLS);
        assertThat(fields).doesNotContainKey("$.rows|csv[" + (rows + 1) + "][1]");
        assertThat(sanitizedRows(table.toString())).endsWith("last," + MARKER + "\n").startsWith("a,b\n0,x\n");
    }

    @Test
    void aValueBesideItsNameInsideACellKeepsTheColumnsKeyThroughItsLayers() {
        String encoded = Base64.getEncoder().encodeToString("hunter2-horse-battery-staple"
                .getBytes(StandardCharsets.UTF_8));
        Map<String, ScanField> fields = fields("user,password\nbob," + encoded + "\n");

        assertThat(fields.get("$.rows|csv[1][1]|base64").key()).isEqualTo("password");
        assertThat(fields.get("$.rows|csv[1][1]|base64").text()).isEqualTo("hunter2-horse-battery-staple");
    }

    @Test
    void aStringBodyTableIsCutToo() {
        CallInput call = call("https://x.example/upload", Map.of("Content-Type", "text/csv"),
                TextNode.valueOf("id,token\n1," + SECRET + "\n"));

        assertThat(LayeredCallTest.pathsOfFindings(call)).contains("$|csv[1][1]");
        assertThat(Optional.ofNullable(sanitize(call).body()).map(b -> b.asText()).orElseThrow())
                .isEqualTo("id,token\n1," + MARKER + "\n");
    }
}
