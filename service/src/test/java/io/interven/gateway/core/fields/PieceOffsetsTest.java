package io.interven.gateway.core.fields;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Offsets of a run's text mapped to the value its pieces spell. */
class PieceOffsetsTest {
    @Test
    void offsetsInsideAndBetweenPiecesMapToTheValue() {
        // "ab" + "cde": contents at [1, 3) and [8, 11) of the text; the value "abcde"
        PieceOffsets offsets = new PieceOffsets(new int[] {1, 8}, new int[] {3, 11}, new int[] {0, 2}, 5);

        assertThat(offsets.applyAsInt(0)).isZero();
        assertThat(offsets.applyAsInt(1)).isZero();
        assertThat(offsets.applyAsInt(3)).isEqualTo(2);
        assertThat(offsets.applyAsInt(5)).isEqualTo(2);
        assertThat(offsets.applyAsInt(9)).isEqualTo(3);
        assertThat(offsets.applyAsInt(11)).isEqualTo(5);
        assertThat(offsets.applyAsInt(40)).isEqualTo(5);
    }

    @Test
    void aJoinedLiteralsRunMapsItsContents() {
        String text = "t = \"ghp_R8bY2kqN5tL\" + \"w3xZ9mC4vF7hJ1sD6gA2IHz84\";";
        SpelledRuns.Run run = LiteralJoins.in(text).get(0);

        assertThat(run.toValue().applyAsInt(text.indexOf("w3x"))).isEqualTo(15);
        assertThat(run.toValue().applyAsInt(text.indexOf("R8b"))).isEqualTo(4);
    }

    @Test
    void aCharacterCodeMapsToTheOneCharacterItSpells() {
        String text = "103,104,112,95,82,56,98,89,50,107";
        SpelledRuns.Run run = SpelledRuns.in(text).get(0);

        assertThat(run.value()).isEqualTo("ghp_R8bY2k");
        assertThat(run.toValue().applyAsInt(text.indexOf("112"))).isEqualTo(2);
        assertThat(run.toValue().applyAsInt(text.indexOf("112") + 3)).isEqualTo(3);
    }
}
