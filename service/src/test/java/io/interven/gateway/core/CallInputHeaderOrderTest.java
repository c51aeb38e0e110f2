package io.interven.gateway.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interven.gateway.core.fields.CallSlots;
import io.interven.spi.FieldLocation;
import io.interven.spi.ScanField;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A call's headers keep the order they were sent in, so its fields and findings come in that order on every run of
 * the gateway (an unordered copy iterates differently from one JVM to the next).
 */
class CallInputHeaderOrderTest {

    @Test
    void headersKeepTheOrderTheyWereSentIn() {
        Map<String, String> sent = new LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String name = "X-Header-" + (char) ('A' + (i * 7) % 12);
            sent.put(name, "value " + i);
            names.add(name);
        }
        CallInput call = CallInputs.call("POST", "https://api.example.com/v1", sent, null);

        assertThat(call.headers().keySet()).containsExactlyElementsOf(names);
        assertThat(CallSlots.of(call.url(), call.headers(), call.body()).fields().stream()
                .filter(field -> field.location() == FieldLocation.HEADER && !field.path().contains("|"))
                .map(ScanField::key)).containsExactlyElementsOf(names);
    }

    @Test
    void headersCannotBeChangedAndHoldNoNull() {
        CallInput call = CallInputs.call("GET", "https://api.example.com/", Map.of("Accept", "*/*"), null);
        assertThatThrownBy(() -> call.headers().put("X", "y")).isInstanceOf(UnsupportedOperationException.class);
        Map<String, String> withNull = new HashMap<>();
        withNull.put("X-Empty", null);
        assertThatThrownBy(() -> CallInputs.call("GET", "https://api.example.com/", withNull, null))
                .isInstanceOf(NullPointerException.class);
    }
}
