package io.interven.gateway.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.interven.gateway.testing.HttpResult;
import java.util.ArrayList;
import java.util.List;

/** Checks of the uniform error body {@code {"code", "message", "details"}} that every non-2xx answer carries. */
final class ErrorAssertions {
    private ErrorAssertions() {
    }

    /** The answer has {@code status}, a JSON error body with {@code code}, a message, a details array, no trace. */
    static JsonNode assertError(HttpResult answer, int status, String code) {
        assertThat(answer.status()).as("status of %s", answer.text()).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type")).as("content type")
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        JsonNode json = answer.json();
        assertThat(json.path("code").asText()).as("code of %s", answer.text()).isEqualTo(code);
        assertThat(json.path("message").asText()).as("message of %s", answer.text()).isNotBlank();
        assertThat(json.path("details").isArray()).as("details of %s", answer.text()).isTrue();
        assertNoStackTrace(answer);
        return json;
    }

    /** 400 VALIDATION_FAILED listing exactly these fields, each with a problem. */
    static void assertInvalidFields(HttpResult answer, String... fields) {
        JsonNode json = assertError(answer, 400, "VALIDATION_FAILED");
        assertThat(failingFields(answer)).as("failing fields of %s", answer.text())
                .containsExactlyInAnyOrder(fields);
        json.path("details").forEach(detail -> assertThat(detail.path("problem").asText()).isNotBlank());
    }

    static List<String> failingFields(HttpResult answer) {
        List<String> fields = new ArrayList<>();
        answer.json().path("details").forEach(detail -> fields.add(detail.path("field").asText()));
        return fields;
    }

    static void assertNoStackTrace(HttpResult answer) {
        assertThat(answer.text()).as("answer text").doesNotContain("at io.").doesNotContain("Exception")
                .doesNotContain("at java.").doesNotContain("at org.");
    }
}
