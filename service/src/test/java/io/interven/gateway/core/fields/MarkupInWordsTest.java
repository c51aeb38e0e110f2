package io.interven.gateway.core.fields;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Words cut by markup that renders away are read without it; markup around words, lone marks (shown as written) and
 * short words are left.
 */
class MarkupInWordsTest {
    private static final String TOKEN = "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";

    @ParameterizedTest
    @ValueSource(strings = {
            "ghp_R8bY2k**qN5t**Lw3xZ9mC4vF7hJ1sD6gA2IHz84", "ghp_R8bY2k*qN5t*Lw3xZ9mC4vF7hJ1sD6gA2IHz84",
            "ghp_R8bY2k~~qN5tLw3x~~Z9mC4vF7hJ1sD6gA2IHz84", "ghp_R8bY2k`qN5tLw3xZ9`mC4vF7hJ1sD6gA2IHz84",
            "ghp_R8bY<b></b>2kqN5tLw3xZ9mC4vF7hJ1sD6gA2IHz84", "ghp_R8bY<span>2kqN5tLw3x</span>Z9mC4vF7hJ1sD6gA2IHz84",
            "ghp_R8bY2kqN5tLw<wbr>3xZ9mC4vF7hJ1sD6gA2IHz84", "ghp_R8bY2kqN<!-- x -->5tLw3xZ9mC4vF7hJ1sD6gA2IHz84",
    })
    void aTokenCutByMarkupIsReadWhole(String written) {
        assertThat(MarkupInWords.in("the key " + written + " today")).extracting(SpelledRuns.Run::value)
                .containsExactly(TOKEN);
    }

    /** A backslash before a line break is no character in a shell, C or Python string: the token goes on. */
    @ParameterizedTest
    @ValueSource(strings = {"ghp_R8bY2kqN5t\\\nLw3xZ9mC4vF7hJ1sD6gA2IHz84",
        "ghp_R8bY2kqN5t\\\r\nLw3xZ9mC4v\\\nF7hJ1sD6gA2IHz84", "ghp_R8bY\\\n2kqN5tLw3xZ9mC4vF7hJ1sD6gA2I\\\nHz84"})
    void aTokenCutByLineContinuationsIsReadWhole(String written) {
        String text = "export GITHUB_TOKEN=" + written + "\necho done";

        assertThat(MarkupInWords.mayHold(text)).isTrue();
        assertThat(MarkupInWords.in(text)).extracting(SpelledRuns.Run::value)
                .containsExactly("GITHUB_TOKEN=" + TOKEN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a line that ends in a backslash \\\nand a new one", "C:\\temp\\\nnext",
        "sum \\\n  + more", "short\\\nwords"})
    void aContinuationBetweenWordsOrBeforeSpacesIsLeft(String text) {
        assertThat(MarkupInWords.in(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "**bold words** and *more* here", "`code_span_of_some_length`", "<b>a bold heading here</b>",
            "a*b", "x < y and y > z in math", "2*3*4*5 equals 120", "~~struck~~ text", "<notatag",
            "client_credential='5pX8Q~MmTI8OMBJFVqMlFR4DE3Spz6Qm.xO.Gbf-'", "ghp_R8bY2k**qN5tLw3xZ9mC4vF7hJ1sD6gA2IHz84",
    })
    void markupAroundWordsOrShortWordsIsLeft(String text) {
        assertThat(MarkupInWords.in(text)).isEmpty();
    }
}
