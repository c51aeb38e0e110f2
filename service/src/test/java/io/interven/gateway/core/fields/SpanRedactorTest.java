package io.interven.gateway.core.fields;

import static org.assertj.core.api.Assertions.assertThat;

import io.interven.gateway.core.fields.SpanRedactor;
import io.interven.spi.DataClasses;
import io.interven.spi.FieldLocation;
import io.interven.spi.Finding;
import io.interven.spi.ScanField;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpanRedactorTest {

    static Finding finding(String text, String entityType, int start, int end) {
        return new ScanField("$.text", FieldLocation.BODY, "text", text)
                .finding(entityType, DataClasses.SECRETS, start, end, 1.0, "rule");
    }

    /** {@code TYPE:start:end TYPE:start:end ...} as findings in {@code text}. */
    static List<Finding> findings(String text, String spans) {
        return Arrays.stream(spans.split(" ")).map(s -> s.split(":"))
                .map(p -> finding(text, p[0], Integer.parseInt(p[1]), Integer.parseInt(p[2]))).toList();
    }

    @ParameterizedTest(name = "{3}")
    @CsvSource(delimiter = '|', value = {
            "key=abc123 end        | API_KEY:4:10          | key=[REDACTED:API_KEY] end | one span | 1",
            "xx0123456789yy        | SHORT:2:6 WIDE:4:12   | xx[REDACTED:WIDE]yy | overlaps merge, widest names | 1",
            "a:0123456789:b        | LEFT:2:7 RIGHT:7:12   | a:[REDACTED:LEFT]:b | touching spans merge | 1",
            "<0123456789>          | INNER:4:6 OUTER:1:11  | <[REDACTED:OUTER]> | a nested span is absorbed | 1",
            "a@x.io and b@y.io, c@z.io | E:19:25 E:0:6 E:11:17 | [REDACTED:E] and [REDACTED:E], [REDACTED:E]"
                    + " | separate spans in any order | 3",
            "tail secret           | S:5:40                | tail [REDACTED:S] | a span past the end is clipped | 1"})
    void redacts(String text, String spans, String expected, String name, int count) {
        SpanRedactor.Redacted redacted = SpanRedactor.redact(text, findings(text, spans));

        assertThat(redacted.text()).isEqualTo(expected);
        assertThat(redacted.redactions()).isEqualTo(count);
    }

    @Test
    void nothingOfAValueCoveredByAChainOfOverlapsRemains() {
        String value = "q7x9k2m4p8w1z5v3";
        String text = "token " + value + " done";
        int at = text.indexOf(value);

        SpanRedactor.Redacted redacted = SpanRedactor.redact(text, List.of(finding(text, "A", at, at + 6),
                finding(text, "B", at + 5, at + 11), finding(text, "C", at + 11, at + value.length())));

        assertThat(redacted.text()).isEqualTo("token [REDACTED:A] done");
        for (int i = 0; i + 3 <= value.length(); i++) {
            assertThat(redacted.text()).doesNotContain(value.substring(i, i + 3));
        }
        assertThat(redacted.redactions()).isEqualTo(1);
    }

    @Test
    void withoutFindingsTheTextIsUnchanged() {
        SpanRedactor.Redacted redacted = SpanRedactor.redact("plain", List.of());

        assertThat(redacted.text()).isEqualTo("plain");
        assertThat(redacted.redactions()).isZero();
    }
}
