package io.interven.gateway.core.fields;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The runs of a text that spell a value in pieces, and what each spells. */
class SpelledRunsTest {
    private static final String TOKEN = "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";

    @Test
    void aCharacterAtATimeBetweenWordsSpellsTheValueAlone() {
        String text = "my token: " + String.join(" ", TOKEN.split("")) + " ok?";

        List<SpelledRuns.Run> runs = SpelledRuns.in(text);

        assertThat(runs).hasSize(1);
        assertThat(runs.get(0).value()).isEqualTo(TOKEN);
        assertThat(text.substring(runs.get(0).start(), runs.get(0).end())).startsWith("g h p").endsWith("8 4");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "dashes | ghp_-R8bY-2kqN-5tLw-3xZ9-mC4v-F7hJ-1sD6-gA2I-Hz84",
            "dots between characters | g.h.p._.R.8.b.Y.2.k.q.N.5.t.L.w.3.x.Z.9.m.C.4.v.F.7.h.J.1.s.D.6.g.A.2.I.H.z.8.4",
            "bold markers | ghp_R8bY**2kqN5tLw**3xZ9mC4v**F7hJ1sD6**gA2IHz84",
            "a shorter last chunk | ghp_R8 bY2kqN 5tLw3x Z9mC4v F7hJ1s D6gA2I Hz84",
    })
    void chunksOfOneLengthJoin(String how, String text) {
        assertThat(SpelledRuns.in(text)).extracting(SpelledRuns.Run::value).containsExactly(TOKEN);
    }

    @Test
    void chunksBetweenPipesJoin() {
        assertThat(SpelledRuns.in("ghp_R8bY | 2kqN5tLw | 3xZ9mC4v | F7hJ1sD6 | gA2IHz84"))
                .extracting(SpelledRuns.Run::value).containsExactly(TOKEN);
    }

    @Test
    void wordsOfTheChunksLengthAroundAValueAreReadWithAndWithoutIt() {
        String text = "keys AKIA Z7QW 3RT5 YU2I OP4K here";

        List<SpelledRuns.Run> runs = SpelledRuns.in(text);

        assertThat(runs).singleElement().satisfies(run -> assertThat(run.value().split("\n")).containsExactly(
                "AKIAZ7QW3RT5YU2IOP4K", "AKIAZ7QW3RT5YU2IOP4Khere", "keysAKIAZ7QW3RT5YU2IOP4K",
                "keysAKIAZ7QW3RT5YU2IOP4Khere"));
    }

    @Test
    void aRedactedReadingIsWrittenBackWithTheWordsItLeftOut() {
        String text = "keys AKIA Z7QW 3RT5 YU2I OP4K here";
        SpelledRuns.Run run = SpelledRuns.in(text).get(0);
        String written = text.substring(run.start(), run.end());

        assertThat(SpelledRuns.writtenBack("[REDACTED:AWS_ACCESS_KEY_ID]\nx\ny\nz", run, written))
                .isEqualTo("keys [REDACTED:AWS_ACCESS_KEY_ID] here");
        assertThat(SpelledRuns.writtenBack("a\n[REDACTED:AWS_ACCESS_KEY_ID]\ny\nz", run, written))
                .isEqualTo("keys [REDACTED:AWS_ACCESS_KEY_ID]");
    }

    @Test
    void aTokensLastChunkOfSmallLettersIsOneOfTheReadings() {
        String text = "please use ghp_ 935B 9XhN Sip1 qwNr JhxC SbPY 6ClP NG41 zvfd for the deploy";

        assertThat(SpelledRuns.in(text)).singleElement().satisfies(run -> assertThat(run.value().split("\n"))
                .contains("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"));
    }

    @Test
    void aValueInLongProseIsFoundWhereverItStandsFromTheDigitsAround() {
        String prose = "the quick brown fox jumps over the lazy dog ".repeat(100);
        String text = prose + "room 1 " + prose + String.join(" ", TOKEN.split("")) + " ok " + prose + "x 2";

        assertThat(SpelledRuns.in(text)).extracting(SpelledRuns.Run::value).containsExactly(TOKEN);
    }

    @Test
    void aChunkALineJoins() {
        StringBuilder lines = new StringBuilder("the key\n");
        for (int i = 0; i < TOKEN.length(); i += 5) {
            lines.append(TOKEN, i, Math.min(TOKEN.length(), i + 5)).append('\n');
        }
        lines.append("keep it safe");
        assertThat(SpelledRuns.in(lines.toString())).extracting(run -> run.value().split("\n")[0])
                .containsExactly(TOKEN);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "decimal | String.fromCharCode(103,104,112,95,82,56,98,89,50,107,113,78,53,116,76,119,51,120,90,57,109,67,52,118,70,55,104,74,49,115,68,54,103,65,50,73,72,122,56,52)",
            "hex with 0x | [0x67, 0x68, 0x70, 0x5F, 0x52, 0x38, 0x62, 0x59, 0x32, 0x6B, 0x71, 0x4E, 0x35, 0x74, 0x4C, 0x77, 0x33, 0x78, 0x5A, 0x39, 0x6D, 0x43, 0x34, 0x76, 0x46, 0x37, 0x68, 0x4A, 0x31, 0x73, 0x44, 0x36, 0x67, 0x41, 0x32, 0x49, 0x48, 0x7A, 0x38, 0x34]",
    })
    void characterCodesAreReadAsCharacters(String how, String text) {
        assertThat(SpelledRuns.in(text)).extracting(SpelledRuns.Run::value).containsExactly(TOKEN);
    }

    @Test
    void hexBytesSplitBySpacesJoinIntoHex() {
        String text = "dump: 67 68 70 5f 52 38 62 59 32 6b 71 4e 35 74 4c 77 33 78 5a 39";

        assertThat(SpelledRuns.in(text)).extracting(SpelledRuns.Run::value)
                .containsExactly("676870" + "5f52386259326b714e35744c7733785a39");
    }

    @Test
    void aNumberInDottedGroupsJoins() {
        assertThat(SpelledRuns.in("card 4539.1488.0343.6467 thanks")).extracting(SpelledRuns.Run::value)
                .containsExactly("4539148803436467");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "card 4539 1488 0343 6467 thanks", "card 4539-1488-0343-6467 thanks", "call 0612 3456 7890 1234 now",
            "ids 4539, 1488, 0343, 6467", "| 4539 | 1488 | 0343 | 6467 |", "4539\n1488\n0343\n6467\n",
    })
    void numbersInGroupsListsOrColumnsAreLeftToBeReadAsWritten(String text) {
        assertThat(SpelledRuns.in(text)).isEmpty();
    }

    /**
     * Pieces of digits with a dash, dot or slash inside are numbers too (ranges, coordinates, dates, an SVG path):
     * joined, {@code 29-45 17-20 47-32 30-13 67-13} held {@code 4517-2047-3230-1367}, a Visa number by Luhn.
     */
    @ParameterizedTest
    @ValueSource(strings = {
            "M20 196q0-25 4-49t16-50q11-26 29-45 17-20 47-32 30-13 67-13 116 0 137 117h-46",
            "pages 10-14 22-31 45-52 60-71 80-95 and more", "on 12/05 14/05 19/05 21/05 28/05 we met",
            "points 1.25 3.50 7.75 9.10 2.45 6.80 done", "sizes 45-5 17-2 47-3 30-1 67-1 11-6 42-7 88-1",
    })
    void piecesOfDigitsWithDashesDotsOrSlashesInsideAreNumbersToo(String text) {
        assertThat(SpelledRuns.in(text)).isEmpty();
    }

    @Test
    void aValueWithDashesInsideItsPiecesIsStillReadWhenItHoldsALetter() {
        assertThat(SpelledRuns.in("key sk-l ive- 4eC3 9HqL yjWD arjt T1zd p7dc done")).extracting(SpelledRuns.Run::value)
                .anyMatch(value -> value.contains("sk-live-4eC39HqLyjWDarjtT1zdp7dc"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "S U M M A R Y of the quarter", "this year will have much more fund than last", "version 1.2.3.4 is out",
            "mac 00:1a:2b:3c:4d:5e", "served 100, 200, 300, 400, 500, 600, 700, 800, 900 requests",
            "at 2024-01-15 12:30:45 the job ran", "uuid 550e8400-e29b-41d4-a716-446655440000",
            "a b c d e f g", "ids 12, 45, 78, 33, 61, 20, 99", "",
    })
    void proseListsAndIdentifiersSpellNothing(String text) {
        assertThat(SpelledRuns.in(text)).isEmpty();
    }

    @Test
    void aSeparatorThatChangesEndsTheRun() {
        // a space, then a dash: neither stretch is long enough alone
        assertThat(SpelledRuns.in("g h p _ R 8-b-Y-2-k-q")).isEmpty();
    }

    @Test
    void aPieceLongerThanAChunkStaysOutOfTheRun() {
        assertThat(SpelledRuns.in("ghp_R8bY2kqN5 tLw3xZ9m C4vF7hJ1 sD6gA2IH z84")).extracting(SpelledRuns.Run::value)
                .containsExactly("tLw3xZ9mC4vF7hJ1sD6gA2IHz84");
    }
}
