package io.interven.gateway.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IncomingTraceHeadersTest {
    static final String PARENT = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";

    @Test
    void keepsOneTraceparentAndTheTracestateLinesJoined() {
        IncomingTraceHeaders headers = IncomingTraceHeaders.of(List.of(PARENT), List.of("rojo=1", "congo=2"));

        assertThat(headers.traceparent()).isEqualTo(PARENT);
        assertThat(headers.tracestate()).isEqualTo("rojo=1,congo=2");
    }

    @Test
    void twoTraceparentLinesAreAmbiguousEvenWhenEqual() {
        assertThat(IncomingTraceHeaders.of(List.of(PARENT, PARENT), List.of("rojo=1")))
                .isEqualTo(IncomingTraceHeaders.none());
    }

    @Test
    void dropsAnOversizedOrControlCharacterTraceparent() {
        assertThat(IncomingTraceHeaders.of(List.of(PARENT + "-" + "a".repeat(600)), List.of()).traceparent())
                .isNull();
        assertThat(IncomingTraceHeaders.of(List.of(PARENT.replace("-01", "-\u00010")), List.of()).traceparent())
                .isNull();
        assertThat(IncomingTraceHeaders.of(List.of(PARENT + " x"), List.of()).traceparent()).isNull();
    }

    @Test
    void aGarbledTracestateIsDroppedWholeAndTheTraceparentKept() {
        IncomingTraceHeaders headers = IncomingTraceHeaders.of(List.of(PARENT), List.of("rojo=1", "Bad Key=2"));

        assertThat(headers.traceparent()).isEqualTo(PARENT);
        assertThat(headers.tracestate()).isNull();
    }

    @Test
    void readsHeaderNamesInAnyCase() {
        IncomingTraceHeaders headers = IncomingTraceHeaders.of(Map.of("TraceParent", List.of(PARENT),
                "TRACESTATE", List.of("rojo=1"), "Other", List.of("x")));

        assertThat(headers).isEqualTo(new IncomingTraceHeaders(PARENT, "rojo=1"));
    }

    @Test
    void showsNoValueWhenPrinted() {
        assertThat(IncomingTraceHeaders.of(List.of(PARENT), List.of("rojo=secretish")).toString())
                .doesNotContain("secretish").doesNotContain("0af7651916cd43dd");
    }
}
