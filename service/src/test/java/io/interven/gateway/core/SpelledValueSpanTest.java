package io.interven.gateway.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.interven.gateway.core.fields.LayerDecoder;
import org.junit.jupiter.api.Test;

class SpelledValueSpanTest {
    private static final String VALUE = "AKIA7QX2";

    @Test
    void aValueSpelledWithAnySeparatorIsFoundWhereItStands() {
        assertThat(SpelledValueSpan.in("my id is A K I A 7 Q X 2 thanks", VALUE)).containsExactly(9, 24);
        assertThat(SpelledValueSpan.in("A-K-I-A-7-Q-X-2", VALUE)).containsExactly(0, 15);
        assertThat(SpelledValueSpan.in("id:\nA\nK\nI\nA\n7\nQ\nX\n2\n", VALUE)).containsExactly(4, 19);
        assertThat(SpelledValueSpan.in("AKIA 7QX2", VALUE)).containsExactly(0, 9);
        assertThat(SpelledValueSpan.in("A at the start, then A, K, I, A, 7, Q, X, 2", VALUE)).containsExactly(21, 43);
    }

    @Test
    void aValueCutByOtherLettersOrWideGapsIsNotThere() {
        assertThat(SpelledValueSpan.in("A K I A 7 Q X", VALUE)).isNull();
        assertThat(SpelledValueSpan.in("A K I B A 7 Q X 2", VALUE)).isNull();
        assertThat(SpelledValueSpan.in("A K I A" + " ".repeat(SpelledValueSpan.MAX_GAP + 1) + "7 Q X 2", VALUE))
                .isNull();
        assertThat(SpelledValueSpan.in("alpha kilo india alpha seven", VALUE)).isNull();
        assertThat(SpelledValueSpan.in("anything", "")).isNull();
    }

    @Test
    void theTextOfASpelledRunIsThePathBeforeTheRun() {
        assertThat(LayerDecoder.textOfSpelledRun("$.note|run[2]|spelled")).isEqualTo("$.note");
        assertThat(LayerDecoder.textOfSpelledRun("$.a|run[0]|spelled|run[1]|spelled")).isEqualTo("$.a|run[0]|spelled");
        assertThat(LayerDecoder.textOfSpelledRun("$['x|run[1]']|base64|run[0]|spelled"))
                .isEqualTo("$['x|run[1]']|base64");
        assertThat(LayerDecoder.textOfSpelledRun("$.note|run[2]|utf7")).isNull();
        assertThat(LayerDecoder.textOfSpelledRun("$.note|spelled")).isNull();
    }
}
