package io.interven.gateway.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TraceStateSyntaxTest {

    @ParameterizedTest
    @ValueSource(strings = {"rojo=00f067aa0ba902b7", "rojo=00f067aa0ba902b7,congo=t61rcWkgMzE",
            " rojo=1 ,\tcongo=2 ", "rojo=1,,congo=2", "tenant1@vendor=x", "0tenant@sys=v", "a_b-c*d/e=v a",
            ""})
    void acceptsWhatTheGrammarAllows(String tracestate) {
        assertThat(TraceStateSyntax.isValid(tracestate)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Rojo=1", "rojo", "rojo=", "=1", "rojo=a,b", "rojo=a=b", "rojo=1,rojo=2",
            "1rojo=1", "rojo=\u00e9", "rojo=a\u0001", "rojo=a\r\nx-injected: 1", "ten@Sys=1", "@sys=1", "ten@=1",
            "ten@sys@x=1", "ten@systemnamewaytoolong=1"})
    void refusesAnythingElse(String tracestate) {
        assertThat(TraceStateSyntax.isValid(tracestate)).isFalse();
    }

    @Test
    void refusesMoreThanThirtyTwoMembersOrFiveHundredTwelveCharacters() {
        String members32 = IntStream.range(0, 32).mapToObj(i -> "k" + i + "=v").collect(Collectors.joining(","));
        assertThat(TraceStateSyntax.isValid(members32)).isTrue();
        assertThat(TraceStateSyntax.isValid(members32 + ",k32=v")).isFalse();
        assertThat(TraceStateSyntax.isValid("k=" + "v".repeat(250) + ",l=" + "w".repeat(250))).isTrue();
        assertThat(TraceStateSyntax.isValid("k=" + "v".repeat(255) + ",l=" + "w".repeat(255))).isFalse();
        assertThat(TraceStateSyntax.isValid(null)).isFalse();
    }
}
