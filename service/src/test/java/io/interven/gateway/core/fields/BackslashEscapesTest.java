package io.interven.gateway.core.fields;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which escapes are read, which are left as written, and that a decoded text is written back as it reads. */
class BackslashEscapesTest {
    private static final char BACKSLASH = '\\';

    private static String esc(String rest) {
        return BACKSLASH + rest;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "u0067hp|ghp", "u0047|G", "u{67}hp|ghp", "u{1F600}|\uD83D\uDE00", "x67hp|ghp", "x4A|J", "U00000067|g",
        "U0001F600|\uD83D\uDE00", "uD83D|\uD83D"})
    void everyEscapeFormIsRead(String escape, String decoded) {
        assertThat(BackslashEscapes.decode("a " + esc(escape) + " b")).contains("a " + decoded + " b");
    }

    @Test
    void octalEscapesStandingTogetherAreRead() {
        String written = "\\147\\150\\160\\137R8bY";

        assertThat(BackslashEscapes.decode("t = \"" + written + "\"")).contains("t = \"ghp_R8bY\"");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\\67 \\68 \\70 \\5f \\52 \\38 |ghp_R8", "\\67\\68\\70\\5F\\52\\38|ghp_R8",
        "\\000067\\000068\\000070|ghp", "\\67\\68p_R8|ghp_R8", "\\31 \\32 \\33 |123"})
    void cssEscapesStandingTogetherAreRead(String written, String decoded) {
        assertThat(BackslashEscapes.decode("content: \"" + written + "\";")).contains("content: \"" + decoded
                + "\";");
    }

    @ParameterizedTest
    @ValueSource(strings = {"C:\\100\\files", "dir\\123 and \\177x", "\\400\\401", "\\18\\19", "\\12\\34",
        "C:\\dev\\abc def", "\\d+\\b\\s*", "a \\41 lone", "\\7f\\80"})
    void aLoneOctalLookalikeIsNotDecoded(String text) {
        assertThat(BackslashEscapes.decode(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"u006", "u00zz", "u{}", "u{1234567}", "u{110000}", "x6", "xZZ", "U0011FFFF", "n", "t",
        "u\uFF10\uFF10\uFF16\uFF17", "x\uFF16\uFF17"})
    void anEscapeWithoutItsDigitsIsNotDecoded(String escape) {
        assertThat(BackslashEscapes.decode("a " + esc(escape) + " b")).isEmpty();
    }

    @Test
    void anEscapedBackslashKeepsTheTextAfterIt() {
        String text = "a " + BACKSLASH + esc("u0067") + " b";
        assertThat(BackslashEscapes.decode(text)).isEmpty();
        assertThat(BackslashEscapes.decode(BACKSLASH + text + esc("x41"))).contains(BACKSLASH + text + "A");
    }

    @Test
    void aBackslashAtTheEndStays() {
        assertThat(BackslashEscapes.decode(esc("x41") + BACKSLASH)).contains("A" + BACKSLASH);
        assertThat(BackslashEscapes.mayContain("abc" + BACKSLASH)).isFalse();
    }

    @Test
    void controlCharactersAreWrittenBackEscapedAndTheRestAsItReads() {
        assertThat(BackslashEscapes.encode("a\nb\u0000c\u007Fé" + BACKSLASH + "n"))
                .isEqualTo("a" + esc("u000A") + "b" + esc("u0000") + "c" + esc("u007F") + "é" + BACKSLASH + "n");
        String plain = "nothing to escape";
        assertThat(BackslashEscapes.encode(plain)).isSameAs(plain);
    }

    @Test
    void whatIsWrittenBackDecodesToTheSameText() {
        Random random = new Random(11);
        for (int round = 0; round < 2_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(30); i > 0; i--) {
                text.append(random.nextInt(4) == 0 ? (char) random.nextInt(0x20) : (char) ('a' + random.nextInt(26)));
            }
            String written = BackslashEscapes.encode(text.toString());
            assertThat(BackslashEscapes.decode(written).orElse(written)).isEqualTo(text.toString());
        }
    }
}
