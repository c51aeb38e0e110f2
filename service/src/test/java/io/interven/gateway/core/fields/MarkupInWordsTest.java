package io.interven.gateway.core.fields;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Words cut by markup that renders away are read without it; markup around words, lone marks (shown as written) and
 * short words are left.
 */
class MarkupInWordsTest {
    private static final String TOKEN = "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";
    private static final String[] CUT = {
        "ghp_R8bY2k**qN5t**Lw3xZ9mC4vF7hJ1sD6gA2IHz84", "ghp_R8bY2k*qN5t*Lw3xZ9mC4vF7hJ1sD6gA2IHz84",
        "ghp_R8bY2k~~qN5tLw3x~~Z9mC4vF7hJ1sD6gA2IHz84", "ghp_R8bY2k`qN5tLw3xZ9`mC4vF7hJ1sD6gA2IHz84",
        "ghp_R8bY<b></b>2kqN5tLw3xZ9mC4vF7hJ1sD6gA2IHz84", "ghp_R8bY<span>2kqN5tLw3x</span>Z9mC4vF7hJ1sD6gA2IHz84",
        "ghp_R8bY2kqN5tLw<wbr>3xZ9mC4vF7hJ1sD6gA2IHz84", "ghp_R8bY2kqN<!-- x -->5tLw3xZ9mC4vF7hJ1sD6gA2IHz84",
    };
    private static final String[] CONTINUED = {"ghp_R8bY2kqN5t\\\nLw3xZ9mC4vF7hJ1sD6gA2IHz84",
        "ghp_R8bY2kqN5t\\\r\nLw3xZ9mC4v\\\nF7hJ1sD6gA2IHz84", "ghp_R8bY\\\n2kqN5tLw3xZ9mC4vF7hJ1sD6gA2I\\\nHz84"};
    private static final String[] BETWEEN_WORDS = {"a line that ends in a backslash \\\nand a new one",
        "C:\\temp\\\nnext", "sum \\\n  + more", "short\\\nwords"};
    private static final String[] LEFT = {
        "**bold words** and *more* here", "`code_span_of_some_length`", "<b>a bold heading here</b>",
        "a*b", "x < y and y > z in math", "2*3*4*5 equals 120", "~~struck~~ text", "<notatag",
        "client_credential='5pX8Q~MmTI8OMBJFVqMlFR4DE3Spz6Qm.xO.Gbf-'", "ghp_R8bY2k**qN5tLw3xZ9mC4vF7hJ1sD6gA2IHz84",
    };
    private static final String[] PARTS = {"*", "**", "~", "~~", "`", "```", "<", ">", "/", "_", "<b>", "</b>",
        "<span>", "</span>", "<wbr>", "<span class=\"x\">", "<!-- x -->", "<!--", "-->", "\\\n", "\\\r\n", "\\", "a",
        "Z", "7", "ghp_R8bY", "2kqN5tLw3x", "Z9mC4vF7hJ1sD6", " ", "\n"};

    static Stream<String> cut() {
        return Stream.of(CUT);
    }

    static Stream<String> continued() {
        return Stream.of(CONTINUED);
    }

    static Stream<String> betweenWords() {
        return Stream.of(BETWEEN_WORDS);
    }

    static Stream<String> left() {
        return Stream.of(LEFT);
    }

    @ParameterizedTest
    @MethodSource("cut")
    void aTokenCutByMarkupIsReadWhole(String written) {
        assertThat(MarkupInWords.in("the key " + written + " today")).extracting(SpelledRuns.Run::value)
                .containsExactly(TOKEN);
    }

    /** A backslash before a line break is no character in a shell, C or Python string: the token goes on. */
    @ParameterizedTest
    @MethodSource("continued")
    void aTokenCutByLineContinuationsIsReadWhole(String written) {
        String text = "export GITHUB_TOKEN=" + written + "\necho done";

        assertThat(MarkupInWords.mayHold(text)).isTrue();
        assertThat(MarkupInWords.in(text)).extracting(SpelledRuns.Run::value)
                .containsExactly("GITHUB_TOKEN=" + TOKEN);
    }

    @ParameterizedTest
    @MethodSource("betweenWords")
    void aContinuationBetweenWordsOrBeforeSpacesIsLeft(String text) {
        assertThat(MarkupInWords.in(text)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("left")
    void markupAroundWordsOrShortWordsIsLeft(String text) {
        assertThat(MarkupInWords.in(text)).isEmpty();
    }

    @Test
    void markupAroundWordsDoesNotPassTheGate() {
        assertThat(MarkupInWords.mayHold(LEFT[0])).isFalse(); // bold words
        assertThat(MarkupInWords.mayHold(LEFT[2])).isFalse(); // a tag around words
        assertThat(MarkupInWords.mayHold("```text\nlog lines\n```")).isFalse(); // a code fence
    }

    /**
     * The gate lets every text a run is read from through: the examples above, and random texts of marks, tags,
     * comments, line continuations, letters and digits.
     */
    @Test
    void everyTextARunIsReadFromPassesTheGate() {
        List<String> texts = new ArrayList<>();
        for (String written : CUT) {
            texts.add("the key " + written + " today");
        }
        for (String written : CONTINUED) {
            texts.add("export GITHUB_TOKEN=" + written + "\necho done");
        }
        texts.addAll(List.of(BETWEEN_WORDS));
        texts.addAll(List.of(LEFT));
        Random random = new Random(20261207);
        for (int t = 0; t < 5_000; t++) {
            StringBuilder text = new StringBuilder();
            int parts = random.nextInt(30);
            for (int p = 0; p < parts; p++) {
                text.append(PARTS[random.nextInt(PARTS.length)]);
            }
            texts.add(text.toString());
        }
        int withRuns = 0;
        for (String text : texts) {
            if (!MarkupInWords.in(text).isEmpty()) {
                withRuns++;
                assertThat(MarkupInWords.mayHold(text)).as(text).isTrue();
            }
        }
        assertThat(withRuns).isGreaterThan(500); // the random texts hold runs, not only the examples
    }
}
