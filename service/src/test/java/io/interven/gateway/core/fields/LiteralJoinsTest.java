package io.interven.gateway.core.fields;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** String literals joined in code, in the ways languages join them, and what they join to. */
class LiteralJoinsTest {
    private static final String TOKEN = "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";

    @ParameterizedTest
    @ValueSource(strings = {
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
    })
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
    @ValueSource(strings = {
            "He said \"hello there\" and then \"goodbye friend\" to us",
            "a single \"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\" literal",
            "short: \"ab\" + \"cd\"", "it's \"the\" one, isn't it 'really' so",
            "an open \"quote + \"that never closes", "\"line one\nline two\" + \"x\"", "",
            "psql \"mongodb+srv://root:pw@cluster0.example.net/app\"\n```\n\nthen run it",
            "data = {'token':'xoxb-2625411943','channel':'C017XD909UJ','ts':'1700000000.0001'}",
            "see `ghp_R8bY2kqN5tL` `w3xZ9mC4vF7hJ1sD6gA2IHz84` in the docs", "\"ghp_R8bY2kqN5tL\" 'w3xZ9mC4vF7hJ1sD6'",
            "env('JIRA_USER', 'admin@example.com'), env('JIRA_TOKEN', 'ATATT3xFfGF0Hv2D5CyGjD')",
    })
    void proseListsDictionariesCodeSpansAndShortJoinsAreNoRuns(String text) {
        assertThat(LiteralJoins.in(text)).isEmpty();
    }
}
