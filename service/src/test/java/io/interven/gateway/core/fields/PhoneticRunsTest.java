package io.interven.gateway.core.fields;

import static org.assertj.core.api.Assertions.assertThat;

import io.interven.spi.FieldLocation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Values spelled in the phonetic alphabet are read back, in capitals and in small letters where no word gives a case,
 * in the case given where one does; prose that names a hotel, a golf course or a delta is not a run.
 */
class PhoneticRunsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "an AWS key id | alfa kilo india alfa zulu seven quebec whiskey three romeo tango five | "
                    + "AKIAZ7QW3RT5\\nakiaz7qw3rt5",
            "capitalized, dashes between | Alpha-Kilo-India-Alpha-Zulu-Seven-Quebec-Whiskey | AKIAZ7QW\\nakiaz7qw",
            "digits and symbol words | golf hotel papa underscore romeo 8 bravo yankee two kilo | "
                    + "GHP_R8BY2K\\nghp_r8by2k",
            "niner and commas | sierra, kilo, underscore, niner, four, xray, bravo, delta | SK_94XBD\\nsk_94xbd",
            "a case given | golf hotel papa underscore capital romeo eight small bravo capital yankee two | "
                    + "ghp_R8bY2",
            "a case before every letter | capital alfa capital kilo capital india capital alfa seven capital quebec "
                    + "capital zulu three | AKIA7QZ3",
    })
    void aValueInThePhoneticAlphabetIsReadBack(String how, String text, String value) {
        String written = "the key is " + text + " thanks";

        assertThat(PhoneticRuns.mayHold(written)).as(how).isTrue();
        assertThat(PhoneticRuns.in(written)).extracting(SpelledRuns.Run::value).as(how)
                .containsExactly(value.replace("\\n", "\n"));
    }

    /** A whole value of words joined by dashes alone, with no digit: no other reader looks at it, this one does. */
    @Test
    void aValueOfDashedWordsAloneIsDecoded() {
        String text = "Alfa-Kilo-India-Alfa-Zulu-Seven-Quebec-Whiskey-Three-Romeo-Tango-Five-Yankee-Uniform-Two-India";
        TextSlot slot = LayerDecoder.decode("$.id", FieldLocation.BODY, "id", text, false, 0, DecodeBudget.standard());
        List<String> texts = new ArrayList<>();
        slot.forEachSlot(s -> texts.add(s.text()));

        assertThat(texts).contains("AKIAZ7QW3RT5YU2I\nakiaz7qw3rt5yu2i");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "we stayed at the Hotel Lima near the golf course in Delta",
        "Alpha and Bravo teams met at the Sierra hotel",
        "echo echo echo echo echo echo echo echo",
        "one two three four five six seven eight",
        "Mike Oscar",
        "papa golf",
    })
    void proseThatNamesAFewWordsOfTheAlphabetIsNoRun(String text) {
        assertThat(PhoneticRuns.in(text)).isEmpty();
    }
}
