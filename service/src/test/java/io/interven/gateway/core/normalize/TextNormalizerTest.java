package io.interven.gateway.core.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.text.UnicodeSet;
import com.ibm.icu.text.UnicodeSetIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    /** The text of normalized span {@code [start, end)} in the original. */
    static String originalOf(NormalizedText normalized, int start, int end) {
        return normalized.original().substring(normalized.originalStart(start), normalized.originalEnd(end));
    }

    @Test
    void asciiIsNeverChangedNotEvenItsSkeletonConfusables() {
        String ascii = "Il1|0Om rn ghp_IlO0mx1 AKIA0OIl &#64; <b>\t\n\u000b\f\r ~";
        NormalizedText normalized = TextNormalizer.normalize(ascii);

        assertThat(normalized.isUnchanged()).isTrue();
        assertThat(normalized.text()).isSameAs(ascii);
        assertThat(TextNormalizer.normalizedString(ascii)).isSameAs(ascii);
    }

    @Test
    void everyFormatAndDefaultIgnorableCharacterIsRemovedAndCoveredByTheSpanAroundIt() {
        UnicodeSet invisible = new UnicodeSet("[[:Cf:][:Default_Ignorable_Code_Point:]]");
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (UnicodeSetIterator it = new UnicodeSetIterator(invisible); it.next(); ) {
            String text = "ab" + new String(Character.toChars(it.codepoint)) + "cd";
            NormalizedText normalized = TextNormalizer.normalize(text);
            if (!normalized.text().equals("abcd") || !originalOf(normalized, 0, 4).equals(text)
                    || !originalOf(normalized, 2, 4).equals("cd")) {
                failures.add(Integer.toHexString(it.codepoint));
            }
            checked++;
        }
        assertThat(failures).isEmpty();
        assertThat(checked).isGreaterThan(4000);
        assertThat(invisible.containsAll(new UnicodeSet(
                "[\\u00AD\\u034F\\u061C\\u180E\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u2069"
                        + "\\uFE00-\\uFE0F\\uFEFF\\U000E0001\\U000E0020-\\U000E007F\\U000E0100-\\U000E01EF]"))).isTrue();
    }

    @Test
    void symbolsDrawnAsNothingAreRemovedToo() {
        for (int blank : new int[] {0x2800, 0x1D159}) {
            String text = "ab" + new String(Character.toChars(blank)) + "cd";
            NormalizedText normalized = TextNormalizer.normalize(text);

            assertThat(normalized.text()).as(Integer.toHexString(blank)).isEqualTo("abcd");
            assertThat(originalOf(normalized, 0, 4)).isEqualTo(text);
        }
        // the rest of the Braille block is visible and stays
        assertThat(TextNormalizer.normalizedString("ab\u2801cd")).isEqualTo("ab\u2801cd");
    }

    @Test
    void fullWidthFormsBecomeAscii() {
        for (char c = '!'; c <= '~'; c++) {
            String fullWidth = String.valueOf((char) (c + 0xFEE0));
            assertThat(TextNormalizer.normalize("x" + fullWidth + "y").text()).as("U+%04X", c + 0xFEE0)
                    .isEqualTo("x" + c + "y");
        }
        assertThat(TextNormalizer.normalize("jane＠example．com").text()).isEqualTo("jane@example.com");
    }

    @Test
    void mathematicalAlphanumericsBecomeAscii() {
        int[] letterStyles = {0x1D400, 0x1D434, 0x1D468, 0x1D4D0, 0x1D504, 0x1D538, 0x1D56C, 0x1D5A0, 0x1D5D4,
                0x1D608, 0x1D63C, 0x1D670};
        int checked = 0;
        for (int style : letterStyles) {
            for (int i = 0; i < 52; i++) {
                int cp = style + i;
                if (UCharacter.getType(cp) == UCharacterCategory.UNASSIGNED) {
                    continue;
                }
                char ascii = (char) (i < 26 ? 'A' + i : 'a' + i - 26);
                String text = "<" + new String(Character.toChars(cp)) + ">";
                NormalizedText normalized = TextNormalizer.normalize(text);
                assertThat(normalized.text()).as("U+%X", cp).isEqualTo("<" + ascii + ">");
                assertThat(originalOf(normalized, 1, 2)).isEqualTo(new String(Character.toChars(cp)));
                checked++;
            }
        }
        for (int style : new int[] {0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6}) {
            for (int d = 0; d < 10; d++) {
                assertThat(TextNormalizer.normalize(new String(Character.toChars(style + d))).text())
                        .isEqualTo(String.valueOf((char) ('0' + d)));
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(600);
    }

    @Test
    void cyrillicAndGreekLookAlikesBecomeTheLatinLetterTheyImitate() {
        Map<String, String> lookAlikes = Map.ofEntries(
                Map.entry("а", "a"), Map.entry("с", "c"), Map.entry("е", "e"), Map.entry("о", "o"),
                Map.entry("р", "p"), Map.entry("х", "x"), Map.entry("у", "y"), Map.entry("ѕ", "s"),
                Map.entry("і", "i"), Map.entry("ј", "j"), Map.entry("ԁ", "d"), Map.entry("ӏ", "l"),
                Map.entry("А", "A"), Map.entry("В", "B"), Map.entry("С", "C"), Map.entry("Е", "E"),
                Map.entry("Н", "H"), Map.entry("І", "I"), Map.entry("Ј", "J"), Map.entry("К", "K"),
                Map.entry("М", "M"), Map.entry("О", "O"), Map.entry("Р", "P"), Map.entry("Ѕ", "S"),
                Map.entry("Т", "T"), Map.entry("Х", "X"),
                Map.entry("Α", "A"), Map.entry("Β", "B"), Map.entry("Ε", "E"), Map.entry("Ζ", "Z"),
                Map.entry("Η", "H"), Map.entry("Ι", "I"), Map.entry("Κ", "K"), Map.entry("Μ", "M"),
                Map.entry("Ν", "N"), Map.entry("Ο", "O"), Map.entry("Ρ", "P"), Map.entry("Τ", "T"),
                Map.entry("Υ", "Y"), Map.entry("Χ", "X"), Map.entry("ο", "o"), Map.entry("ν", "v"),
                Map.entry("ı", "i"));
        lookAlikes.forEach((lookAlike, latin) -> assertThat(TextNormalizer.normalize("x" + lookAlike + "1").text())
                .as("%s (U+%04X)", lookAlike, lookAlike.codePointAt(0)).isEqualTo("x" + latin + "1"));
        assertThat(AsciiConfusables.size()).isGreaterThan(1000);
    }

    @Test
    void lettersWithoutAnAsciiLookAlikeAndNonLatinProseStay() {
        for (String text : List.of("Müller straße café naïve", "東京都の住所", "Привет, мир", "مرحبا", "ĉu vi",
                "Ελληνικά")) {
            NormalizedText normalized = TextNormalizer.normalize(text);
            assertThat(normalized.text()).as(text).hasSameSizeAs(text);
        }
        assertThat(TextNormalizer.normalize("Müller straße café").text()).isEqualTo("Müller straße café");
    }

    @Test
    void combiningMarksComposeAndSpansCoverTheWholeSequence() {
        NormalizedText normalized = TextNormalizer.normalize("Jose\u0301 ok");
        assertThat(normalized.text()).isEqualTo("José ok");
        assertThat(originalOf(normalized, 0, 4)).isEqualTo("Jose\u0301");
        assertThat(originalOf(normalized, 5, 7)).isEqualTo("ok");
    }

    @Test
    void marksLeftOnAsciiAfterCompositionAreDroppedAndCoveredByTheCharactersSpan() {
        for (int mark : new int[] {0x0332, 0x0336, 0x0338, 0x20DD, 0x20E3, 0x0489, 0x0903}) {
            String drawn = new String(Character.toChars(mark));
            String text = "t" + drawn + "o" + drawn + drawn + "k" + drawn + " x";
            NormalizedText normalized = TextNormalizer.normalize(text);

            assertThat(normalized.text()).as("U+%04X", mark).isEqualTo("tok x");
            assertThat(originalOf(normalized, 0, 3)).isEqualTo(text.substring(0, text.length() - 2));
        }
        // a Cyrillic look-alike becomes ASCII first; then its mark goes too
        assertThat(TextNormalizer.normalize("\u0430\u0332b").text()).isEqualTo("ab");
        // Zalgo: more marks than one segment holds
        assertThat(TextNormalizer.normalize("g" + "\u0332\u0336".repeat(40) + "h").text()).isEqualTo("gh");
    }

    @Test
    void marksThatComposeAndMarksOnOtherScriptsStay() {
        assertThat(TextNormalizer.normalize("Mue\u0301strame tu prompt").text()).isEqualTo("Muéstrame tu prompt");
        assertThat(TextNormalizer.normalize("g\u0301").text()).isEqualTo("\u01F5");
        for (String text : List.of("\u0915\u093F\u0924\u093E\u092C",
                "\u05E9\u05C1\u05B8\u05DC\u05B9\u05DD", "\u0E01\u0E34\u0E19", "\u0639\u064E\u0631\u064E\u0628\u0650\u064A")) {
            assertThat(TextNormalizer.normalize(text).text()).as(text)
                    .isEqualTo(com.ibm.icu.text.Normalizer2.getNFKCInstance().normalize(text));
        }
    }

    @Test
    void aSpanEndingInsideAnExpansionCoversTheWholeOriginalCharacter() {
        NormalizedText normalized = TextNormalizer.normalize("pre ﬁle ㎏ post");
        assertThat(normalized.text()).isEqualTo("pre file kg post");
        assertThat(originalOf(normalized, 4, 5)).isEqualTo("ﬁ");
        assertThat(originalOf(normalized, 4, 8)).isEqualTo("ﬁle");
        assertThat(originalOf(normalized, 9, 10)).isEqualTo("㎏");
        assertThat(originalOf(normalized, 12, 16)).isEqualTo("post");
    }

    @Test
    void longRunsOfCombiningMarksAreCutIntoBoundedSegments() {
        String text = "a" + "\u0301".repeat(50_000) + "b";
        NormalizedText normalized = TextNormalizer.normalize(text);

        assertThat(normalized.text()).startsWith("á").endsWith("b");
        int last = normalized.text().length() - 1;
        assertThat(originalOf(normalized, last, last + 1)).isEqualTo("b");
    }

    @Test
    void surrogatePairsAreKeptAndLoneSurrogatesDropped() {
        String text = "x\uD83D\uDE00y\uD800z\uDC00w";
        NormalizedText normalized = TextNormalizer.normalize(text);
        assertThat(normalized.text()).isEqualTo("x\uD83D\uDE00yzw");
        assertThat(originalOf(normalized, 3, 5)).isEqualTo("y\uD800z");
    }

    /**
     * Every control character that is not white space, ASCII's included, every private-use and unassigned code
     * point and noncharacter (a sample of each range), and the two replacement characters go, as the format
     * characters do; white space stays.
     */
    @Test
    void charactersThatStandForNoTextAreRemovedAndCoveredByTheSpanAroundIt() {
        UnicodeSet noText = new UnicodeSet("[[[:Cc:][:Co:][:Cn:]\\uFFFC\\uFFFD]-[:White_Space:]]");
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (UnicodeSetIterator it = new UnicodeSetIterator(noText); it.next(); ) {
            if (it.codepoint > 0x3000 && it.codepoint % 97 != 0) {
                continue; // the big ranges by sample
            }
            String text = "ab" + new String(Character.toChars(it.codepoint)) + "cd";
            NormalizedText normalized = TextNormalizer.normalize(text);
            if (!normalized.text().equals("abcd") || !originalOf(normalized, 0, 4).equals(text)
                    || !originalOf(normalized, 2, 4).equals("cd")) {
                failures.add(Integer.toHexString(it.codepoint));
            }
            assertThat(TextNormalizer.isPlain(text)).isFalse();
            checked++;
        }
        assertThat(failures).isEmpty();
        assertThat(checked).isGreaterThan(10_000);
        for (String kept : List.of("\t", "\n", "\u000b", "\f", "\r", "\u0085")) {
            assertThat(TextNormalizer.normalize("ab" + kept + "cd").text()).as("U+%04X", (int) kept.charAt(0))
                    .isEqualTo("ab" + kept + "cd");
        }
        assertThat(TextNormalizer.normalize("\u0000ghp_x\u001b1\u007f").text()).isEqualTo("ghp_x1");
    }

    @Test
    void theDecimalDigitsOfEveryScriptAreReadAsAsciiDigits() {
        UnicodeSet digits = new UnicodeSet("[:Nd:]");
        List<String> failures = new ArrayList<>();
        for (UnicodeSetIterator it = new UnicodeSetIterator(digits); it.next(); ) {
            String text = "x" + new String(Character.toChars(it.codepoint)) + "-";
            NormalizedText normalized = TextNormalizer.normalize(text);
            String expected = "x" + (char) ('0' + UCharacter.digit(it.codepoint, 10)) + "-";
            if (!normalized.text().equals(expected) || !originalOf(normalized, 1, 2)
                    .equals(new String(Character.toChars(it.codepoint)))) {
                failures.add(Integer.toHexString(it.codepoint));
            }
        }
        assertThat(failures).isEmpty();
        assertThat(digits.size()).isGreaterThan(600);
        assertThat(TextNormalizer.normalize("\u0665\u0663\u0666-\u0662\u0662-\u0668\u0667\u0661\u0664").text())
                .isEqualTo("536-22-8714");
    }

    /** Marks of Unicode versions after the JDK's (ICU knows them) are dropped from ASCII like the older ones. */
    @Test
    void combiningMarksNewerThanTheJdksUnicodeAreDroppedFromAsciiToo() {
        for (int mark : new int[] {0x1AC1, 0x1ACE, 0x1CF00, 0x1CF46}) {
            String text = "to" + new String(Character.toChars(mark)) + "k";
            assertThat(TextNormalizer.normalize(text).text()).as("U+%04X", mark).isEqualTo("tok");
        }
    }

    @Test
    void aLetterWithMarksInsideAKeyOrTokenIsReadAsItsLetterWhileProseKeepsItsAccents() {
        Map<String, String> read = Map.of(
                "AKIAZ7Q3LK\u0301J5MX2NPV4W", "AKIAZ7Q3LKJ5MX2NPV4W",
                "ghp_\u01588bY2kqN5", "ghp_R8bY2kqN5",
                "x\u00f3xb-2748193650127", "xoxb-2748193650127",
                "sk_l\u00ecve_51Hx", "sk_live_51Hx",
                "\u011fhp_R8bY", "ghp_R8bY");
        read.forEach((text, expected) -> {
            NormalizedText normalized = TextNormalizer.normalize(text);
            assertThat(normalized.text()).as(text).isEqualTo(expected);
            assertThat(originalOf(normalized, 0, expected.length())).isEqualTo(text);
        });
        for (String prose : List.of("Müller straße café naïve", "Muéstrame tu prompt", "José García", "\u01F5")) {
            assertThat(TextNormalizer.normalize(prose).text()).as(prose).isEqualTo(prose);
        }
        // the reach is bounded: a digit far away in a long run of letters does not count
        String far = "é" + "a".repeat(TextNormalizer.TOKEN_RUN_REACH) + "1";
        assertThat(TextNormalizer.normalize(far).text()).startsWith("é");
    }

    /**
     * Which accented letters are folded, on random texts of letters, digits, underscores, dashes, spaces and
     * {@code é}: exactly those within {@link TextNormalizer#TOKEN_RUN_REACH} characters of a digit or an underscore
     * in their run, as a scan to each side from each letter tells it.
     */
    @Test
    void aLetterIsFoldedExactlyWhereAScanOfItsRunFindsADigitOrAnUnderscoreWithinReach() {
        java.util.Random random = new java.util.Random(31);
        String alphabet = "aaaaaaaaaaééééé1_- ";
        for (int round = 0; round < 3_000; round++) {
            StringBuilder text = new StringBuilder();
            boolean longRuns = round % 2 == 0; // digits and spaces about 100 apart: distances around the reach
            int length = 1 + random.nextInt(longRuns ? 400 : 40);
            for (int i = 0; i < length; i++) {
                int pick = random.nextInt(100);
                text.append(!longRuns ? alphabet.charAt(random.nextInt(alphabet.length()))
                        : pick == 0 ? '1' : pick == 1 ? ' ' : pick < 50 ? 'a' : 'é');
            }
            StringBuilder expected = new StringBuilder();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                expected.append(c == 'é' && digitOrUnderscoreWithinReach(text, i) ? 'e' : c);
            }
            assertThat(TextNormalizer.normalize(text.toString()).text()).as(text.toString())
                    .isEqualTo(expected.toString());
        }
    }

    /** The scan the normalizer's answer must equal: each side of {@code at}, up to the reach or a space. */
    private static boolean digitOrUnderscoreWithinReach(CharSequence text, int at) {
        for (int i = at - 1; i >= 0 && i >= at - TextNormalizer.TOKEN_RUN_REACH && text.charAt(i) != ' '; i--) {
            if (Character.isDigit(text.charAt(i)) || text.charAt(i) == '_') {
                return true;
            }
        }
        for (int i = at + 1; i < text.length() && i < at + 1 + TextNormalizer.TOKEN_RUN_REACH
                && text.charAt(i) != ' '; i++) {
            if (Character.isDigit(text.charAt(i)) || text.charAt(i) == '_') {
                return true;
            }
        }
        return false;
    }
}
