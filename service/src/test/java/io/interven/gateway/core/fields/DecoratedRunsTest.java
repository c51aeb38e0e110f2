package io.interven.gateway.core.fields;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A value written a character at a time with any decoration around each character, each character twice, or as codes
 * with any decoration between them, is read back; decorated text that spells no value is not.
 */
class DecoratedRunsTest {
    private static final String TOKEN = "ghp_R8bY2kqN5tLw3xZ9";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "underscores | g_h_p___R_8_b_Y_2_k_q_N_5_t_L_w_3_x_Z_9",
            "slashes | g/h/p/_/R/8/b/Y/2/k/q/N/5/t/L/w/3/x/Z/9",
            "quoted in a list | ['g', 'h', 'p', '_', 'R', '8', 'b', 'Y', '2', 'k', 'q', 'N', '5', 't', 'L', 'w', '3', 'x', 'Z', '9']",
            "bracketed | [g][h][p][_][R][8][b][Y][2][k][q][N][5][t][L][w][3][x][Z][9]",
            "in parentheses | (g)(h)(p)(_)(R)(8)(b)(Y)(2)(k)(q)(N)(5)(t)(L)(w)(3)(x)(Z)(9)",
            "a filler letter | gxhxpx_xRx8xbxYx2xkxqxNx5xtxLxwx3xxxZx9",
            "a filler letter after each | gxhxpx_xRx8xbxYx2xkxqxNx5xtxLxwx3xxxZx9x",
            "a filler letter before each | xgxhxpx_xRx8xbxYx2xkxqxNx5xtxLxwx3xxxZx9",
            "twice each | gghhpp__RR88bbYY22kkqqNN55ttLLww33xxZZ99",
            "python chr | chr(103)+chr(104)+chr(112)+chr(95)+chr(82)+chr(56)+chr(98)+chr(89)+chr(50)+chr(107)+chr(113)+chr(78)+chr(53)+chr(116)+chr(76)+chr(119)+chr(51)+chr(120)+chr(90)+chr(57)",
            "powershell char | [char]103+[char]104+[char]112+[char]95+[char]82+[char]56+[char]98+[char]89+[char]50+[char]107+[char]113+[char]78+[char]53+[char]116+[char]76+[char]119+[char]51+[char]120+[char]90+[char]57",
    })
    void aDecoratedTokenIsReadBack(String how, String written) {
        String text = "use " + written + " for the deploy";

        assertThat(DecoratedRuns.mayHold(text, SpelledRuns.mayHold(text))).isTrue();
        List<SpelledRuns.Run> runs = DecoratedRuns.in(text);
        assertThat(runs).extracting(SpelledRuns.Run::value).as(how).contains(TOKEN);
        SpelledRuns.Run run = runs.stream().filter(r -> r.value().equals(TOKEN)).findFirst().orElseThrow();
        assertThat(run.start()).as(how).isGreaterThanOrEqualTo("use ".length());
        assertThat(run.end()).as(how).isLessThanOrEqualTo("use ".length() + written.length());
    }

    @Test
    void textsOfEveryLengthAreReadAlikeWhateverTheThreadReadBefore() {
        // the reader reads texts up to a length from a buffer of the thread's own, which grows; longer ones from a
        // copy: a run at the end of a long text, then shorter texts whose buffer still holds the long one's characters
        String run = "g_h_p___R_8_b_Y_2_k_q_N_5_t_L_w_3_x_Z_9";
        List<String> texts = new ArrayList<>();
        for (int length : new int[] {100, 300, 5_000, 40_000, 32_768 - run.length() - 1, 200, 40}) {
            texts.add("x".repeat(Math.max(0, length)) + " " + run);
        }
        texts.add("item 1, item 2 and 3");
        texts.add("x".repeat(33_000));
        texts.add(run);
        for (String text : texts) {
            assertThat(DecoratedRuns.in(text)).extracting(SpelledRuns.Run::value).as("%d characters", text.length())
                    .isEqualTo(text.endsWith(run) ? List.of(TOKEN) : List.of());
        }
        List<List<String>> again = new ArrayList<>();
        Thread fresh = new Thread(() -> texts.forEach(text -> again.add(
                DecoratedRuns.in(text).stream().map(SpelledRuns.Run::value).toList())));
        fresh.start();
        try {
            fresh.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        assertThat(again).hasSize(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            assertThat(again.get(i)).isEqualTo(texts.get(i).endsWith(run) ? List.of(TOKEN) : List.of());
        }
    }

    @Test
    void aTokenAsAJsonListOfCharactersIsReadBack() {
        String list = TOKEN.chars().mapToObj(c -> "\"" + (char) c + "\"").collect(Collectors.joining(", ", "[", "]"));

        assertThat(DecoratedRuns.in("chars: " + list)).extracting(SpelledRuns.Run::value).containsExactly(TOKEN);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "spaced | j o h n . s m i t h @ a c m e - c o r p . c o m | john.smith@acme-corp.com",
            "dashed | j-o-h-n-.-s-m-i-t-h-@-a-c-m-e---c-o-r-p-.-c-o-m | john.smith@acme-corp.com",
            "starred | j*a*n*e*@*e*x*a*m*p*l*e*.*o*r*g | jane@example.org",
    })
    void anAddressWrittenACharacterAtATimeIsReadBack(String how, String written, String address) {
        assertThat(DecoratedRuns.in("write to " + written + " today")).extracting(SpelledRuns.Run::value).as(how)
                .contains(address);
    }

    @Test
    void thePiecesMapBackToWhereEachCharacterStands() {
        String text = "x ['a', 'b', '1', 'c', 'd', '2', 'e', 'f'] y";
        SpelledRuns.Run run = DecoratedRuns.in(text).get(0);

        assertThat(run.value()).isEqualTo("ab1cd2ef");
        assertThat(run.start()).isEqualTo(text.indexOf('a'));
        assertThat(run.end()).isEqualTo(text.indexOf('f') + 1);
        assertThat(run.toValue().applyAsInt(text.indexOf('1'))).isEqualTo(2);
        assertThat(run.toValue().applyAsInt(text.indexOf('e'))).isEqualTo(6);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "a, b, c, d, e, f, g, h, i, j",                     // single letters: no digit
        "1, 2, 3, 4, 5, 6, 7, 8, 9, 0",                     // digits a comma apart: SpelledRuns reads numbers
        "+-+-+-+-+-+-+-+-+-+-+-+-+",                        // ASCII art
        "| 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 |",               // a row of digits
        "the cat sat on the mat and 3 dogs ran off to play in the park",
        "aabbccddeeffgghh and 11223344",                   // doubled letters alone, doubled digits alone
        "2024-01-02T03:04:05Z and 10.0.0.1 and v1.2.3",
        "==================== 2024 ====================",
        "0000000011111111 and ffffffffffffffff",
        "104 105 106 107 108 109 110 111",                  // codes a space apart: SpelledRuns reads those
        "item 40 item 41 item 42 item 43 item 44 item 45 item 46 item 47 item 48 item 49 item 50",
        "1000, 2000, 3000, 4000, 5000, 6000, 7000, 8000",   // numbers no character's code
        "%67%68%70%5F%52%38%62%59%32%6B%71",                // percent-encoding: hex, read as such
        "\\x67\\x68\\x70\\x5f\\x52\\x38\\x62\\x59\\x32",    // escapes: hex
        "&#x67;&#x68;&#x70;&#x5f;&#x52;&#x38;&#x62;&#x59;",  // character references in hex
    })
    void textThatSpellsNoValueHasNoRun(String text) {
        assertThat(DecoratedRuns.in(text)).isEmpty();
    }

    @Test
    void randomTextOfEveryKindReadsOnlyRunsOfTheirShape() {
        Random random = new Random(11);
        String alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,;:-_/()[]'\"\n";
        for (int round = 0; round < 2_000; round++) {
            StringBuilder text = new StringBuilder();
            int length = 1 + random.nextInt(400);
            for (int i = 0; i < length; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            for (SpelledRuns.Run run : DecoratedRuns.in(text.toString())) {
                assertThat(run.value().length()).isGreaterThanOrEqualTo(DecoratedRuns.MIN_CHARACTERS);
                assertThat(DecoratedRuns.spellsAValue(run.value())).isTrue();
                assertThat(run.end()).isLessThanOrEqualTo(text.length());
            }
        }
    }

    @Test
    void aLongTextIsReadInOnePass() {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            parts.add(i % 97 == 0 ? TOKEN.chars().mapToObj(c -> String.valueOf((char) c))
                    .collect(Collectors.joining("_")) : "word" + i);
        }
        String text = String.join(" ", parts);

        assertThat(DecoratedRuns.in(text)).extracting(SpelledRuns.Run::value).containsOnly(TOKEN).hasSize(207);
    }
}
