package io.interven.gateway.core.fields;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Where underscore emphasis opens and closes, and where an underscore is only part of a word. */
class EmphasisRunsTest {

    private static List<String> inner(String text) {
        return EmphasisRuns.in(text).stream().map(run -> text.substring(run.start(), run.end())).toList();
    }

    @Test
    void aRunInUnderscoresIsReadWithoutThem() {
        assertThat(inner("_ghp_R8bY2kqN5tLw3xZ9_")).containsExactly("ghp_R8bY2kqN5tLw3xZ9");
        assertThat(inner("use _sk_live_51Hx9QmL2kPz8_, then _xoxb-2748193650127-5829_.")).containsExactly(
                "sk_live_51Hx9QmL2kPz8", "xoxb-2748193650127-5829");
        assertThat(inner("(_AKIAZ7Q3LKJ5MX2NPV4W_)")).containsExactly("AKIAZ7Q3LKJ5MX2NPV4W");
    }

    @Test
    void underscoresInsideWordsShortRunsAndSpacedEmphasisAreLeftAlone() {
        assertThat(inner("snake_case_identifier and __init__ and my_var_")).isEmpty();
        assertThat(inner("_id_ _short_ _a_")).isEmpty();
        assertThat(inner("_this is italic_")).isEmpty();
        assertThat(inner("_private_name")).isEmpty();
        assertThat(inner("")).isEmpty();
        assertThat(inner("_")).isEmpty();
        assertThat(inner("__")).isEmpty();
    }

    @Test
    void oneStretchWithoutBlanksIsOneRunFromTheFirstOpeningToTheLastClosing() {
        assertThat(inner("_abcdefghij_._klmnopqrst_")).containsExactly("abcdefghij_._klmnopqrst");
        assertThat(inner("._a".repeat(1_000))).isEmpty(); // openings, but no closing underscore
        assertThat(inner("_abcdefghij_ ".repeat(1_000))).hasSize(1_000);
    }
}
