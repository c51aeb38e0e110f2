package io.interven.gateway.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.interven.spi.DataClasses;
import io.interven.spi.FieldLocation;
import io.interven.spi.Finding;
import io.interven.spi.ScanField;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * A found value is hidden wherever a describing text spells it: as is, in another case, percent-encoded (in
 * part, entirely, in lower- or upper-case hex, as UTF-8), glued to other text; generated over several values and
 * spellings.
 */
class FoundValuesTest {
    static final List<String> VALUES = List.of("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", "jane.doe@example.com",
            "AKIAQ3EGUJFX7YLP2K4M", "4111111111111111", "Zoë Müller-Łęcka");

    private static FoundValues foundIn(String value) {
        ScanField field = new ScanField("$.note", FieldLocation.BODY, "note", "see " + value + " here");
        Finding finding = field.finding("X_TYPE", DataClasses.SECRETS, 4, 4 + value.length(), 1.0, "r");
        return FoundValues.of(List.of(finding), List.of(field));
    }

    static Stream<Arguments> spellings() {
        List<Arguments> cases = new ArrayList<>();
        for (String value : VALUES) {
            String encoded = URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
            StringBuilder everyByte = new StringBuilder();
            for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
                everyByte.append(String.format("%%%02x", b & 0xff));
            }
            List<String> spellings = List.of(value, value.toUpperCase(Locale.ROOT), value.toLowerCase(Locale.ROOT),
                    encoded, everyByte.toString(), everyByte.toString().toUpperCase(Locale.ROOT));
            for (String spelled : spellings) {
                cases.add(Arguments.of(value, "/upload/" + spelled + "/x"));
                cases.add(Arguments.of(value, "headers." + spelled + "|name"));
                cases.add(Arguments.of(value, "bot-" + spelled));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("spellings")
    void aValueIsHiddenHoweverTheTextSpellsIt(String value, String text) {
        String redacted = foundIn(value).redact(text);

        assertThat(redacted).contains("[REDACTED:X_TYPE]");
        assertThat(FoldedText.of(redacted).text()).doesNotContain(value.toLowerCase(Locale.ROOT));
        assertThat(redacted.length()).isLessThan(text.length() + "[REDACTED:X_TYPE]".length());
    }

    @Test
    void whatSurroundsTheValueIsKept() {
        FoundValues found = foundIn("jane.doe@example.com");

        assertThat(found.redact("/users/jane.doe%40example.com/orders?x")).isEqualTo("/users/[REDACTED:X_TYPE]/orders?x");
        assertThat(found.redact("$.list[0]")).isEqualTo("$.list[0]");
        assertThat(found.redact(null)).isNull();
    }

    @Test
    void twoValuesOverlappingInATextBecomeOneMarker() {
        ScanField field = new ScanField("$.a", FieldLocation.BODY, "a", "abcdefgh ghijklmn");
        FoundValues found = FoundValues.of(List.of(field.finding("A", "PII", 0, 8, 1, "r"),
                field.finding("B", "PII", 9, 17, 1, "r")), List.of(field));

        assertThat(found.redact("x-abcdefghijklmn-y")).isEqualTo("x-[REDACTED:A]-y");
    }

    @Test
    void valuesTooShortToMeanAnythingAreNotSearched() {
        ScanField field = new ScanField("$.a", FieldLocation.BODY, "a", "abc");
        FoundValues found = FoundValues.of(List.of(field.finding("A", "PII", 0, 3, 1, "r")), List.of(field));

        assertThat(found.isEmpty()).isTrue();
        assertThat(found.redact("abcabc")).isEqualTo("abcabc");
    }
}
