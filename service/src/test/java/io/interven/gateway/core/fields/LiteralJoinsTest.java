package io.interven.gateway.core.fields;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** String literals joined in code, in the ways languages join them, and what they join to. */
class LiteralJoinsTest {
    private static final String TOKEN = "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";
    private static final String[] JOINED = {
        "token = \"ghp_R8bY2kqN5tL\" + \"w3xZ9mC4vF7hJ1sD6gA2IHz84\";",
        "token = 'ghp_R8bY2kqN5tL' . 'w3xZ9mC4vF7hJ1sD6gA2IHz84';",
        "local t = \"ghp_R8bY2kqN5tL\" .. \"w3xZ9mC4vF7hJ1sD6gA2IHz84\"",
        "SELECT 'ghp_R8bY2kqN5tL' || 'w3xZ9mC4vF7hJ1sD6gA2IHz84'",
        "t = \"ghp_R8bY2kqN5tL\" & \"w3xZ9mC4vF7hJ1sD6gA2IHz84\"",
        "t = (\"ghp_R8bY2kqN5tL\"\n     \"w3xZ9mC4vF7hJ1sD6gA2IHz84\")",
        "t = \"\".join([\"ghp_R8bY\", \"2kqN5tLw3x\", \"Z9mC4vF7hJ1sD6gA2IHz84\"])",
        "const t = [`ghp_R8bY2kqN5tL`, `w3xZ9mC4vF7hJ1sD6gA2IHz84`].join('')",
        "t = \"ghp_R8bY2kqN5tL\" +\n  \"w3xZ9mC4vF7hJ1sD6\" +\n  \"gA2IHz84\"",
        "const t = \"ghp_R8bY2kqN5tL\" + 'w3xZ9mC4vF7hJ1sD6' + `gA2IHz84`;",
    };
    private static final String[] NOT_JOINED = {
        "He said \"hello there\" and then \"goodbye friend\" to us",
        "a single \"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\" literal",
        "short: \"ab\" + \"cd\"", "it's \"the\" one, isn't it 'really' so",
        "an open \"quote + \"that never closes", "\"line one\nline two\" + \"x\"", "",
        "psql \"mongodb+srv://root:pw@cluster0.example.net/app\"\n```\n\nthen run it",
        "data = {'token':'xoxb-2625411943','channel':'C017XD909UJ','ts':'1700000000.0001'}",
        "see `ghp_R8bY2kqN5tL` `w3xZ9mC4vF7hJ1sD6gA2IHz84` in the docs", "\"ghp_R8bY2kqN5tL\" 'w3xZ9mC4vF7hJ1sD6'",
        "env('JIRA_USER', 'admin@example.com'), env('JIRA_TOKEN', 'ATATT3xFfGF0Hv2D5CyGjD')",
    };
    private static final String[] PARTS = {"\"", "'", "`", "+", " + ", ".", " .. ", " || ", " & ", ", ", ",", " ", "\n",
        "a", "Z", "7", "ghp_R8bY", "2kqN5tLw3x", "\"w3xZ9mC4vF7\"", "'hJ1sD6gA2I'", "`Hz84`", "\"\"", "[", "]", "(",
        "\"\".join([", "].join('')", "].join(sep)", "concat(", "CONCAT_WS(", "implode(", "Join ", "\\"};

    static Stream<String> joined() {
        return Stream.of(JOINED);
    }

    static Stream<String> notJoined() {
        return Stream.of(NOT_JOINED);
    }

    @ParameterizedTest
    @MethodSource("joined")
    void literalsJoinedAnyWayReadAsTheirJoinedContents(String code) {
        assertThat(LiteralJoins.in(code)).extracting(SpelledRuns.Run::value).containsExactly(TOKEN);
    }

    @Test
    void theRunSpansFromTheFirstQuoteToTheLast() {
        String code = "x = \"ghp_R8bY2kqN5tL\" + \"w3xZ9mC4vF7hJ1sD6gA2IHz84\";";

        SpelledRuns.Run run = LiteralJoins.in(code).get(0);

        assertThat(code.substring(run.start(), run.end())).isEqualTo("\"ghp_R8bY2kqN5tL\" + \"w3xZ9mC4vF7hJ1sD6gA2IHz84\"");
    }

    @ParameterizedTest
    @MethodSource("notJoined")
    void proseListsDictionariesCodeSpansAndShortJoinsAreNoRuns(String text) {
        assertThat(LiteralJoins.in(text)).isEmpty();
    }

    @Test
    void literalsThatNothingJoinsDoNotPassTheGate() {
        assertThat(LiteralJoins.mayHold(NOT_JOINED[0])).isFalse(); // prose
        assertThat(LiteralJoins.mayHold(NOT_JOINED[8])).isFalse(); // a dictionary: commas, and no join
        assertThat(LiteralJoins.mayHold("SELECT 'a', 'b' FROM t JOIN u ON t.id = u.id")).isFalse();
    }

    /**
     * The gate lets every text a run is read from through: the examples above, and random texts of literals, joiners,
     * the calls that join lists, letters and digits.
     */
    @Test
    void everyTextARunIsReadFromPassesTheGate() {
        List<String> texts = new ArrayList<>(List.of(JOINED));
        texts.addAll(List.of(NOT_JOINED));
        // lists joined as the examples do not show: a separator in a variable, and SQL's concat_ws
        texts.add("t = [\"ghp_R8bY2kqN5tL\", \"w3xZ9mC4vF7hJ1sD6gA2IHz84\"].join(sep)");
        texts.add("SELECT CONCAT_WS('-', 'ghp_R8bY2kqN5tL', 'w3xZ9mC4vF7hJ1sD6gA2IHz84')");
        Random random = new Random(20261207);
        for (int t = 0; t < 5_000; t++) {
            StringBuilder text = new StringBuilder();
            int parts = random.nextInt(40);
            for (int p = 0; p < parts; p++) {
                text.append(PARTS[random.nextInt(PARTS.length)]);
            }
            texts.add(text.toString());
        }
        int withRuns = 0;
        for (String text : texts) {
            if (!LiteralJoins.in(text).isEmpty()) {
                withRuns++;
                assertThat(LiteralJoins.mayHold(text)).as(text).isTrue();
            }
        }
        assertThat(withRuns).isGreaterThan(500); // the random texts hold runs, not only the examples
    }
}
