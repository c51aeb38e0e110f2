package io.interven.plugin.pii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Numbers in tables of hex codes (code points four at a time, hex dumps) are codes, not cards or ids. */
class HexCodeTableTest {
    /** Code points of a stroke-count table, digits alone in most groups, where Luhn and Verhoeff pass by chance. */
    private static final String CODE_POINTS = "5904 5916 5917 5918 592E 592F 5930\n5931 5932 5933 5934 5974 5975 5976"
            + " 5B55 5B81 5B82\n5B83 5B84 5BF9\n51EB 51FC 520E 520F 5210\n5211 5212 5213 5214 5215 5216 5217 5218"
            + " 5219 521A\n2B3 52B4 5309\n208D5 3530 5323 5324 5325 3537 533B 5363 5364 5372\n5373 5374 5375 538E";
    private static final String HEX_DUMP = "0000000: 2e54 4820 5858 4420 3120 2241  .TH XXD 1 \"A\n"
            + "000000c: 7567 7573 7420 3139 3936 2220 224d  ugust 1996\" \"M";

    private final RecognizerProbe cards = new RecognizerProbe(new CreditCardRecognizer(), "CREDIT_CARD");
    private final RecognizerProbe aadhaar = new RecognizerProbe(
            new IdentifierRecognizer(NationalIdFormats.indiaAadhaar()), "IN_AADHAAR");

    @Test
    void windowsOfATableOfCodePointsOrAHexDumpAreNoCards() {
        assertThat(cards.found(CODE_POINTS)).isEmpty();
        assertThat(cards.found(HEX_DUMP)).isEmpty();
        assertThat(cards.found(CODE_POINTS.replace("\n", "\r\n").replace(" 5B55", "\t5B55"))).isEmpty();
    }

    @Test
    void windowsOfATableOfCodePointsAreNoIds() {
        assertThat(aadhaar.found(CODE_POINTS)).isEmpty();
    }

    /** What the table's check stands on: the same windows pass Luhn and Verhoeff without the codes around them. */
    @Test
    void theSameGroupsAloneAreACardAndAnAadhaarNumber() {
        assertThat(cards.found("5934 5974 5975 5976")).containsExactly("5934 5974 5975 5976");
        assertThat(aadhaar.found("5363 5364 5372")).containsExactly("5363 5364 5372");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "ABCD 4539 1488 0343 6467", "4539 1488 0343 6467 12AB 34CD", "0a1b 2c3d 4539 1488 0343 6467 ffee",
            "4539 1488 0343 6467\n5500 0000 0000 0004 6011 0009 9013 9424 3530 1113 3330 0000",
            "card: 592E 5B55 5B81 4539 1488 0343 6467 5B83 5B84 5BF9 51EB 51FC",
            "0000000: 4539 1488 0343 6467", "00000000: 4539 1488 0343 6467 1234 5678",
    })
    void aCardBesideAFewHexWordsOrNamedByACardWordIsStillACard(String text) {
        assertThat(cards.found(text)).contains("4539 1488 0343 6467");
    }

    /** Each card looks at ten words each way at most: a megabyte of cards a line is read in one pass. */
    @Test
    void aMegabyteOfCardsALineIsReadInLinearTime() {
        String text = "4539 1488 0343 6467\n".repeat(50_000);
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> assertThat(cards.found(text)).hasSize(50_000));
    }

    @Test
    void tellsATableByAHexLetterAmongEnoughCodes() {
        String digitsOnly = "1234\n".repeat(200_000);
        assertThat(HexCodeTable.holdsGroupsAt(digitsOnly + "4539 1488 0343 6467", digitsOnly.length(),
                digitsOnly.length() + 19)).isFalse();
        assertThat(HexCodeTable.holdsGroupsAt("4539 1488 0343 6467", 0, 19)).isFalse();
        assertThat(HexCodeTable.holdsGroupsAt("5933 4539 1488 0343 6467 5B55 5B81 5B82 5B83 5B84", 5, 24)).isTrue();
        assertThat(HexCodeTable.holdsGroupsAt("5933 4539 1488 0343 6467 5B55 5B81 5B82 5B83 5B8", 5, 24)).isFalse();
    }
}
