package io.interven.gateway.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.interven.gateway.errors.ApiException;
import io.interven.gateway.errors.ErrorCode;
import io.interven.gateway.errors.FieldProblem;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScanRequestParserTest {
    static final ObjectMapper JSON = new ObjectMapper();

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    static ApiException rejection(String request) {
        ApiException e = catchThrowableOfType(ApiException.class, () -> ScanRequestParser.parse(json(request)));
        assertThat(e).as("rejected: %s", request).isNotNull();
        assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
        return e;
    }

    @Test
    void aCompleteRequestIsReadWithTheMethodInUpperCase() {
        String agentId = UUID.randomUUID().toString();
        ScanRequest request = ScanRequestParser.parse(json("""
                {"method": "post", "url": "https://api.example.com/x?q=1", "headers": {"Accept": "text/plain"},
                 "body": {"text": "héllo"}, "agent_id": "%s", "agent_name": "bot", "runtime_type": "crewai",
                 "context": "weekly report"}""".formatted(agentId)));

        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.url()).isEqualTo("https://api.example.com/x?q=1");
        assertThat(request.headers()).containsExactly(Map.entry("Accept", "text/plain"));
        assertThat(request.body().get("text").asText()).isEqualTo("héllo");
        assertThat(request.bodyBytes()).isEqualTo("{\"text\":\"héllo\"}".getBytes(StandardCharsets.UTF_8).length);
        assertThat(request.agentId()).isEqualTo(UUID.fromString(agentId));
        assertThat(request.agentName()).isEqualTo("bot");
        assertThat(request.runtimeType()).isEqualTo("crewai");
        assertThat(request.context()).isEqualTo("weekly report");
    }

    @Test
    void everyInvalidFieldIsListedAtOnce() {
        ApiException e = rejection("""
                {"method": "FETCH", "url": "ftp://files.example.com/a", "headers": {"X-Count": 3},
                 "body": 42, "agent_id": "not-a-uuid", "runtime_type": "skynet", "agent_name": 7}""");

        assertThat(e.details()).extracting(FieldProblem::field).containsExactlyInAnyOrder("method", "url",
                "headers.X-Count", "body", "agent_id", "runtime_type", "agent_name");
        assertThat(e.getMessage()).contains("7 field(s)");
    }

    @Test
    void missingRequiredFieldsAreBothReported() {
        ApiException e = rejection("{\"body\": \"x\"}");

        assertThat(e.details()).containsExactlyInAnyOrder(new FieldProblem("method", "is required"),
                new FieldProblem("url", "is required"));
    }

    @Test
    void aRequestThatIsNotAnObjectIsOneProblemAtTheRoot() {
        ApiException e = rejection("[1, 2]");

        assertThat(e.details()).extracting(FieldProblem::field).containsExactly("$");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://example.com", "https://example.com/a/b?c=d", "HTTPS://Example.com/",
            "http://127.0.0.1:8080/x"})
    void httpAndHttpsUrlsAreAccepted(String url) {
        ScanRequest request = ScanRequestParser.parse(json("{\"method\": \"GET\", \"url\": \"" + url + "\"}"));

        assertThat(request.url()).isEqualTo(url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://example.com/a", "file:///etc/passwd", "javascript:alert(1)", "/relative/path",
            "https://", "https:///nohost", "https://exa mple.com/", "mailto:a@example.com"})
    void otherUrlsAreRejected(String url) {
        ApiException e = rejection("{\"method\": \"GET\", \"url\": \"" + url + "\"}");

        assertThat(e.details()).extracting(FieldProblem::field).containsExactly("url");
    }

    @ParameterizedTest
    @ValueSource(strings = {"42", "true", "1.5"})
    void aBodyThatIsAScalarOtherThanAStringIsRejected(String body) {
        ApiException e = rejection("{\"method\": \"POST\", \"url\": \"https://a.example\", \"body\": " + body + "}");

        assertThat(e.details()).containsExactly(new FieldProblem("body", "must be a JSON object, array or string"));
    }

    @Test
    void aStringBodyCountsItsUtf8Bytes() {
        ScanRequest request = ScanRequestParser.parse(json(
                "{\"method\": \"POST\", \"url\": \"https://a.example\", \"body\": \"é€\"}"));

        assertThat(request.body().isTextual()).isTrue();
        assertThat(request.bodyBytes()).isEqualTo(5);
    }

    @Test
    void aNullBodyAndNullHeadersAreAbsent() {
        ScanRequest request = ScanRequestParser.parse(json(
                "{\"method\": \"delete\", \"url\": \"https://a.example\", \"body\": null, \"headers\": null}"));

        assertThat(request.method()).isEqualTo("DELETE");
        assertThat(request.body()).isNull();
        assertThat(request.bodyBytes()).isZero();
        assertThat(request.headers()).isEmpty();
    }

    @Test
    void aBodyNestedDeeperThan64LevelsIsA400NamingTheBody() {
        String deep = "[".repeat(65) + "]".repeat(65);
        ApiException e = rejection("{\"method\": \"POST\", \"url\": \"https://a.example\", \"body\": " + deep + "}");

        assertThat(e.details()).containsExactly(
                new FieldProblem("body", "must not nest objects and arrays deeper than 64 levels"));
        String limit = "[".repeat(64) + "]".repeat(64);
        assertThat(ScanRequestParser.parse(json(
                "{\"method\": \"POST\", \"url\": \"https://a.example\", \"body\": " + limit + "}")).body())
                .isNotNull();
    }
}
