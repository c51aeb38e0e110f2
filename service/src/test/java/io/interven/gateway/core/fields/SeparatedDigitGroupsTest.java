package io.interven.gateway.core.fields;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SeparatedDigitGroupsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " # ", value = {
            "ssn 536_22_8714 ok # 536_22_8714 # 536-22-8714",
            "card 4539/1488/0343/6467. # 4539/1488/0343/6467 # 4539-1488-0343-6467",
            "at 415|555|0123 # 415|555|0123 # 415-555-0123",
            "(4539*1488*0343*6467) # 4539*1488*0343*6467 # 4539-1488-0343-6467",
            "x 4539+1488+0343+6467 # 4539+1488+0343+6467 # 4539-1488-0343-6467",
            "x 536~22~8714 # 536~22~8714 # 536-22-8714",
            "x 536\\22\\8714 # 536\\22\\8714 # 536-22-8714",
            "iban DE89_3704_0044_0532_0130_00 # DE89_3704_0044_0532_0130_00 # DE89 3704 0044 0532 0130 00",
            "GB82/WEST/1234/5698/7654/32 # GB82/WEST/1234/5698/7654/32 # GB82 WEST 1234 5698 7654 32",
            "ssn 536_22_8714_ # 536_22_8714 # 536-22-8714",
            "path /users/4539/1488/0343/6467/cards # 4539/1488/0343/6467 # 4539-1488-0343-6467",
            "before 1/4539/1488/0343/6467 # 4539/1488/0343/6467 # 4539-1488-0343-6467",
            "after 536/22/8714/1234567 # 536/22/8714 # 536-22-8714",
            "into a word 4539/1488/0343/6467/12ab # 4539/1488/0343/6467 # 4539-1488-0343-6467",
            "a country code 1_415_555_0123 # 1_415_555_0123 # 1-415-555-0123",
            "spaced ssn 536 / 22 / 8714 ok # 536 / 22 / 8714 # 536-22-8714",
            "spaced card 4539 _ 1488 _ 0343 _ 6467 # 4539 _ 1488 _ 0343 _ 6467 # 4539-1488-0343-6467",
            "mixed ssn 536_22/8714 # 536_22/8714 # 536-22-8714",
            "mixed card 4539/1488 | 0343_6467 # 4539/1488 | 0343_6467 # 4539-1488-0343-6467",
    })
    void aNumberInGroupsIsReadBackWithDashes(String text, String written, String value) {
        List<SpelledRuns.Run> runs = SeparatedDigitGroups.in(text);

        assertThat(runs).hasSize(1);
        SpelledRuns.Run run = runs.get(0);
        assertThat(text.substring(run.start(), run.end())).isEqualTo(written);
        assertThat(run.value()).isEqualTo(value);
        assertThat(SeparatedDigitGroups.mayHold(text)).isTrue();
        // a place in the text maps to the same digit of the value
        char last = written.charAt(written.length() - 1);
        int lastAt = text.indexOf(written) + written.length() - 1;
        assertThat(run.value().charAt(run.toValue().applyAsInt(lastAt))).isEqualTo(last);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "released 2026/12/07", "on 07/12/2026 and 7/12/2026", "at 12:30:45", "v1_2_3", "a 536_22 b",
            "x536_22_8714", "536_22_8714x", "1234567_22_8714", "536-22-8714", "4539 1488 0343 6467",
            "v2.536_22_8714", "536_22_8714.5", "snake_case_name", "ID_2024_X", "1_2_3_4_5_6", "con:20/30/600/150",
            "1234/5678/90", "12/34/5678", "XX89_3704_0044", "DEAB_3704_0044_0532", "536 /22 /8714", "536/ 22/ 8714",
            "| 4539 | 1488 | 0343 | 6467 |", "|4539|1488|0343|6467|", "4539 | 1488 | 0343 | 6467 |",
    })
    void whatIsNoNumberInGroupsIsLeftAlone(String text) {
        assertThat(SeparatedDigitGroups.in(text)).isEmpty();
    }

    @Test
    void aRunAfterALongGroupIsStillFound() {
        List<SpelledRuns.Run> runs = SeparatedDigitGroups.in("ref 12345678/999 and 536/22/8714 or 4539_1488_0343_6467");

        assertThat(runs).extracting(SpelledRuns.Run::value).containsExactly("536-22-8714", "4539-1488-0343-6467");
    }

    @Test
    void aTextWithoutASeparatorBetweenDigitsHoldsNone() {
        assertThat(SeparatedDigitGroups.mayHold("card 4539-1488-0343-6467, ssn 536 22 8714, a_b/c")).isFalse();
    }
}
