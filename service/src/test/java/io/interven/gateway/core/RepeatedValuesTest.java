package io.interven.gateway.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.interven.spi.DataClasses;
import io.interven.spi.FieldLocation;
import io.interven.spi.Finding;
import io.interven.spi.ScanField;
import java.util.List;
import org.junit.jupiter.api.Test;

class RepeatedValuesTest {
    final ScanField name = new ScanField("$.customer.full_name", FieldLocation.BODY, "full_name", "Amara Okafor");
    final ScanField prose = new ScanField("$.message", FieldLocation.BODY, "message",
            "Hi Amara Okafor, your Amara Okaforian order shipped. Amara Okafor!");
    final Finding found = name.finding("PERSON", DataClasses.PII, 0, 12, 0.9, "person-field");

    @Test
    void everyWholeWordRepeatOfAFoundValueIsAFinding() {
        List<Finding> all = RepeatedValues.withRepeats(List.of(found), List.of(name, prose));

        assertThat(all).hasSize(3);
        assertThat(all.subList(1, 3)).allSatisfy(f -> {
            assertThat(f.path()).isEqualTo("$.message");
            assertThat(f.entityType()).isEqualTo("PERSON");
            assertThat(f.ruleId()).isEqualTo("person-field+repeated");
            assertThat(prose.text().substring(f.start(), f.end())).isEqualTo("Amara Okafor");
        });
        assertThat(all.subList(1, 3)).extracting(Finding::start)
                .containsExactly(3, prose.text().lastIndexOf("Amara Okafor"));
    }

    @Test
    void shortValuesAreNotSpread() {
        ScanField first = new ScanField("$.first_name", FieldLocation.BODY, "first_name", "Ann");
        ScanField text = new ScanField("$.t", FieldLocation.BODY, "t", "Ann wrote");
        Finding short4 = first.finding("PERSON", DataClasses.PII, 0, 3, 0.9, "person-field");

        assertThat(RepeatedValues.withRepeats(List.of(short4), List.of(first, text))).hasSize(1);
    }

    @Test
    void aRepeatDisguisedDifferentlyIsFoundAndRedactedInItsOwnSpelling() {
        String disguised = "Hi \u0410ma\u200Bra Ok\u0430for and \uFF21mara Okafor";
        ScanField note = new ScanField("$.note", FieldLocation.BODY, "note", disguised);

        List<Finding> all = RepeatedValues.withRepeats(List.of(found), List.of(name, note));

        assertThat(all.subList(1, all.size())).extracting(f -> disguised.substring(f.start(), f.end()))
                .containsExactly("\u0410ma\u200Bra Ok\u0430for", "\uFF21mara Okafor");
    }

    @Test
    void aValueFoundInDisguiseIsFoundPlainElsewhere() {
        ScanField disguisedName = new ScanField("$.customer.full_name", FieldLocation.BODY, "full_name",
                "\u0410mara\u00AD Okafor");
        Finding inDisguise = disguisedName.finding("PERSON", DataClasses.PII, 0, disguisedName.text().length(), 0.9,
                "person-field");

        List<Finding> all = RepeatedValues.withRepeats(List.of(inDisguise), List.of(disguisedName, prose));

        assertThat(all).hasSize(3);
        assertThat(all.subList(1, 3)).allSatisfy(f ->
                assertThat(prose.text().substring(f.start(), f.end())).isEqualTo("Amara Okafor"));
    }
}
