package io.interven.gateway.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The three decision headers, written alike wherever a decision is answered. */
class DecisionHeadersTest {
    static final UUID TRACE = UUID.fromString("0f8b2c3e-5d6a-4b7c-8d9e-0a1b2c3d4e5f");

    static Map<String, String> written(String decision, List<String> reasons) {
        Map<String, String> headers = new LinkedHashMap<>();
        DecisionHeaders.write(decision, TRACE, reasons, headers::put);
        return headers;
    }

    @Test
    void aDecisionWithoutReasonsHasNoReasonsHeader() {
        assertThat(written("ALLOW", List.of())).containsExactly(
                Map.entry("X-Interven-Decision", "ALLOW"),
                Map.entry("X-Interven-Trace-Id", TRACE.toString()));
        assertThat(written("ALLOW", null)).doesNotContainKey("X-Interven-Reasons");
    }

    @Test
    void reasonCodesAreCommaSeparatedOnceEachInTheAnswersOrder() {
        assertThat(written("DENY", List.of("CREDENTIAL_HOST_MISMATCH", "SECRETS", "SECRETS", "ACME.CUSTOM-1")))
                .containsEntry("X-Interven-Reasons", "CREDENTIAL_HOST_MISMATCH,SECRETS,ACME.CUSTOM-1");
    }

    @Test
    void aCodeThatIsNotAPlainTokenNeverReachesAHeader() {
        List<String> codes = new ArrayList<>(Arrays.asList("SECRETS", "A,B", "X\r\nSet-Cookie: a=b", "with space",
                "", null, "caf\u00e9"));
        assertThat(written("SANITIZE", codes)).containsEntry("X-Interven-Reasons", "SECRETS");
        assertThat(written("SANITIZE", List.of("A,B"))).doesNotContainKey("X-Interven-Reasons");
    }
}
