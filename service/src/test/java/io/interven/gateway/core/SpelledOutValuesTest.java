package io.interven.gateway.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.interven.gateway.policy.Decision;
import io.interven.gateway.testing.BuiltinPipeline;
import io.interven.spi.Finding;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A value spelled out to get past a filter (a character at a time, in chunks split by a separator, a chunk a line,
 * as character codes, as spaced hex bytes, as string literals joined in code) is found through the whole pipeline, and the run that spells it is
 * redacted whole. A value found as written (a card in groups, an IBAN in blocks) is reported once, not again as
 * spelled; spaced headings, lists and identifiers are no findings.
 */
class SpelledOutValuesTest {
    private static final String TOKEN = "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";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "spaces | g h p _ R 8 b Y 2 k q N 5 t L w 3 x Z 9 m C 4 v F 7 h J 1 s D 6 g A 2 I H z 8 4",
            "dashed chunks | ghp_-R8bY-2kqN-5tLw-3xZ9-mC4v-F7hJ-1sD6-gA2I-Hz84",
            "bold markers | ghp_R8bY**2kqN5tLw**3xZ9mC4v**F7hJ1sD6**gA2IHz84",
            "char codes | String.fromCharCode(103,104,112,95,82,56,98,89,50,107,113,78,53,116,76,119,51,120,90,57,109,67,52,118,70,55,104,74,49,115,68,54,103,65,50,73,72,122,56,52)",
            "hex bytes | 67 68 70 5f 52 38 62 59 32 6b 71 4e 35 74 4c 77 33 78 5a 39 6d 43 34 76 46 37 68 4a 31 73 44 36 67 41 32 49 48 7a 38 34",
    })
    void aSpelledTokenIsRedactedWhole(String how, String spelled) {
        ScanOutcome outcome = scan("deploy with " + spelled + " today");

        assertThat(outcome.decision()).isEqualTo(Decision.SANITIZE);
        assertThat(outcome.findings()).extracting(Finding::entityType).contains("GITHUB_TOKEN");
        String forwarded = outcome.sanitized().body().get("text").asText();
        // the run is written back as the redacted value (spaced hex bytes come back as the hex of the marker)
        assertThat(forwarded).startsWith("deploy with ").endsWith(" today")
                .doesNotContain("R 8 b Y").doesNotContain("2kqN").doesNotContain("5f 52").doesNotContain("82,56");
        assertThat(forwarded.contains("[REDACTED:GITHUB_TOKEN]")
                || forwarded.contains(java.util.HexFormat.of().formatHex("[REDACTED:GITHUB_TOKEN]".getBytes())))
                .isTrue();
    }

    @org.junit.jupiter.api.Test
    void aTokenAChunkALineIsRedacted() {
        StringBuilder lines = new StringBuilder("the key is\n");
        for (int i = 0; i < TOKEN.length(); i += 5) {
            lines.append(TOKEN, i, i + 5).append('\n');
        }
        ScanOutcome outcome = scan(lines + "keep it safe");

        assertThat(outcome.decision()).isEqualTo(Decision.SANITIZE);
        assertThat(outcome.sanitized().body().get("text").asText())
                .isEqualTo("the key is\n[REDACTED:GITHUB_TOKEN]\nkeep it safe");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "token = \"ghp_R8bY2kqN5tL\" + \"w3xZ9mC4vF7hJ1sD6gA2IHz84\";",
            "t = \"\".join([\"ghp_R8bY\", \"2kqN5tLw3x\", \"Z9mC4vF7hJ1sD6gA2IHz84\"])",
            "$t = 'ghp_R8bY2kqN5tL' .\n  'w3xZ9mC4vF7hJ1sD6gA2IHz84';",
    })
    void aTokenBuiltFromStringLiteralsIsNotForwarded(String code) {
        ScanOutcome outcome = scan(code);

        assertThat(outcome.decision()).isEqualTo(Decision.SANITIZE);
        assertThat(outcome.findings()).extracting(Finding::entityType).contains("GITHUB_TOKEN");
        assertThat(outcome.sanitized().body().get("text").asText()).doesNotContain("w3xZ9").doesNotContain("2kqN5")
                .doesNotContain("ghp_R8bY");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "an AWS key id in groups of four | keys AKIA Z7QW 3RT5 YU2I OP4K here | AWS_ACCESS_KEY_ID",
            "a card with dots | pay with 4539.1488.0343.6467 please | CREDIT_CARD",
            "a card a digit at a time | card 4 5 3 9 1 4 8 8 0 3 4 3 6 4 6 7 thanks | CREDIT_CARD",
            "an SSN a digit at a time after its context word | my ssn is 5 3 6 2 2 8 7 1 4 thanks | US_SSN",
            "an SSN with dots | ssn 536.22.8714 on file | US_SSN",
            "a card in Morse code | pay with ....- ..... ...-- ----. / .---- ....- ---.. ---.. / ----- ...-- ....- ...--"
                    + " / -.... ....- -.... --... please | CREDIT_CARD",
            "an AWS key id in Morse code | id .- -.- .. .- --.. --... --.- .-- ...-- .-. - ..... -.-- ..- ..--- .. ---"
                    + " .--. ....- -.- ok | AWS_ACCESS_KEY_ID",
            "an e-mail address in brackets | write to jane.doe [at] example [dot] com today | EMAIL_ADDRESS",
            "an e-mail address in words | write to jane.doe AT example DOT com today | EMAIL_ADDRESS",
            "a token cut by bold markers | key ghp_R8bY2k**qN5tLw**3xZ9mC4vF7hJ1sD6gA2IHz84 here | GITHUB_TOKEN",
            "a token cut by an HTML tag | key ghp_R8bY<b></b>2kqN5tLw3xZ9mC4vF7hJ1sD6gA2IHz84 here | GITHUB_TOKEN",
    })
    void otherValuesSpelledOutAreFound(String how, String text, String entityType) {
        ScanOutcome outcome = scan(text);

        assertThat(outcome.findings()).extracting(Finding::entityType).contains(entityType);
        assertThat(outcome.decision()).isEqualTo(Decision.SANITIZE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "card in groups | pay with 4539 1488 0343 6467 please | CREDIT_CARD | 9 | 28",
            "IBAN in blocks | wire to DE89 3704 0044 0532 0130 00 today | IBAN | 8 | 35",
            "IBAN in letter blocks | wire to GB29 NWBK 6016 1331 9268 19 today | IBAN | 8 | 35",
    })
    void aValueFoundAsWrittenIsReportedOnce(String how, String text, String entityType, int start, int end) {
        ScanOutcome outcome = scan(text);

        assertThat(outcome.findings()).filteredOn(f -> f.entityType().equals(entityType)).singleElement()
                .satisfies(f -> {
                    assertThat(f.path()).isEqualTo("$.text");
                    assertThat(f.start()).isEqualTo(start);
                    assertThat(f.end()).isEqualTo(end);
                });
        assertThat(outcome.sanitized().body().get("text").asText())
                .isEqualTo(text.substring(0, start) + "[REDACTED:" + entityType + "]" + text.substring(end));
    }

    @org.junit.jupiter.api.Test
    void aValueFoundInOneOfTheJoinedLiteralsIsReportedOnceAndRedactedInPlace() {
        String code = "url = \"postgres://admin:S3cr3tPass9x@db.internal:5432/prod\" + \"?sslmode=require\";";

        ScanOutcome outcome = scan(code);

        assertThat(outcome.findings()).filteredOn(f -> f.entityType().equals("DATABASE_URL_CREDENTIALS"))
                .singleElement().satisfies(f -> assertThat(f.path()).isEqualTo("$.text"));
        assertThat(outcome.sanitized().body().get("text").asText()).startsWith("url = \"")
                .endsWith("\" + \"?sslmode=require\";").doesNotContain("S3cr3tPass9x");
    }

    /**
     * The joined literals are read under the words before them ({@code api_token =}), which announce a secret: the
     * token found as written is still reported once.
     */
    @org.junit.jupiter.api.Test
    void aTokenFoundAsWrittenIsNotReportedAgainUnderTheNameBeforeIt() {
        ScanOutcome outcome = scan("api_token = \"" + TOKEN + "\" + \"\";");

        assertThat(outcome.findings()).singleElement().satisfies(f -> {
            assertThat(f.entityType()).isEqualTo("GITHUB_TOKEN");
            assertThat(f.path()).isEqualTo("$.text");
        });
    }

    /**
     * A key in dashed chunks is found as written by its provider's rule and read joined under the words before it
     * ({@code screenshotapi KEY}), which announce a secret: the joined reading's generic finding over the same value
     * is not reported beside the provider's.
     */
    @org.junit.jupiter.api.Test
    void aKeyFoundAsWrittenIsNotReportedAgainAsAGenericSecret() {
        ScanOutcome outcome = scan("screenshotapi KEY-ABC1234-GHI5678-JKL9012-MNO3456");

        assertThat(outcome.findings()).singleElement().satisfies(f -> {
            assertThat(f.entityType()).isEqualTo("SCREENSHOTAPI_API_KEY");
            assertThat(f.path()).isEqualTo("$.text");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "S U M M A R Y of the quarter: revenue up", "this year will have much more fund than last",
            "version 1.2.3.4 is out", "mac 00:1a:2b:3c:4d:5e on port 3", "scores 88, 92, 75, 64, 99, 100, 87, 90 ok",
            "ids 4539, 1488, 0343, 6467, 1234", "| 4539 | 1488 | 0343 | 6467 |", "rows\n4539\n1488\n0343\n6467\n",
            "at 2024-01-15 12:30:45 the job ran", "uuid 550e8400-e29b-41d4-a716-446655440000 done",
    })
    void spacedHeadingsListsAndIdentifiersAreNoFindings(String text) {
        ScanOutcome outcome = scan(text);

        assertThat(outcome.findings()).isEmpty();
        assertThat(outcome.decision()).isEqualTo(Decision.ALLOW);
    }

    private static ScanOutcome scan(String text) {
        return BuiltinPipeline.get().scan(CallInputs.noteWithText(text));
    }
}
