package io.interven.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Typed reads of a plugin's settings; every refusal names the key and the problem, never the value. */
class PluginSettingsTest {
    static final String SECRET = "sk_live_SettingValueMustNotLeak42";

    static final PluginSettings SETTINGS = PluginSettings.of(Map.of(
            "name", "acme",
            "limit", 25,
            "limitText", "30",
            "weight", 0.75,
            "weightText", "0.5",
            "strict", true,
            "hosts", List.of("a.example", "b.example"),
            "hostsText", "a.example, b.example,,",
            "rules", Map.of("github", Map.of("weight", "heavy")),
            "secret", SECRET));

    @Test
    void textsNumbersFlagsListsAndPathsAreReadByKind() {
        assertThat(SETTINGS.string("name")).isEqualTo("acme");
        assertThat(SETTINGS.string("limit")).isEqualTo("25");
        assertThat(SETTINGS.integer("limit")).isEqualTo(25);
        assertThat(SETTINGS.integer("limitText")).isEqualTo(30);
        assertThat(SETTINGS.decimal("weight")).isEqualTo(0.75);
        assertThat(SETTINGS.decimal("weightText")).isEqualTo(0.5);
        assertThat(SETTINGS.flag("strict", false)).isTrue();
        assertThat(SETTINGS.list("hosts")).containsExactly("a.example", "b.example");
        assertThat(SETTINGS.list("hostsText")).containsExactly("a.example", "b.example");
        assertThat(SETTINGS.path("name")).isEqualTo(Path.of("acme"));
    }

    @Test
    void absentKeysGiveTheDefaultOrNothing() {
        assertThat(SETTINGS.string("missing", "fallback")).isEqualTo("fallback");
        assertThat(SETTINGS.optionalString("missing")).isEmpty();
        assertThat(SETTINGS.integer("missing", 7)).isEqualTo(7);
        assertThat(SETTINGS.optionalInteger("missing")).isEmpty();
        assertThat(SETTINGS.decimal("missing", 0.1)).isEqualTo(0.1);
        assertThat(SETTINGS.flag("missing", true)).isTrue();
        assertThat(SETTINGS.list("missing")).isEmpty();
        assertThat(SETTINGS.optionalPath("missing")).isEmpty();
        assertThat(SETTINGS.section("missing").isEmpty()).isTrue();
        assertThat(PluginSettings.empty().isEmpty()).isTrue();
        assertThat(PluginSettings.of(null)).isEqualTo(PluginSettings.empty());
    }

    @Test
    void aMissingRequiredKeyIsNamed() {
        assertThatThrownBy(() -> SETTINGS.string("token"))
                .isInstanceOfSatisfying(InvalidPluginSettings.class, e -> {
                    assertThat(e.key()).isEqualTo("token");
                    assertThat(e.problem()).isEqualTo("is required");
                })
                .hasMessage("token: is required");
    }

    @Test
    void aValueOfTheWrongKindIsNamedWithoutQuotingIt() {
        assertThatThrownBy(() -> SETTINGS.integer("secret")).isInstanceOf(InvalidPluginSettings.class)
                .hasMessageStartingWith("secret: must be a whole number").hasMessageNotContaining(SECRET);
        assertThatThrownBy(() -> SETTINGS.decimal("secret")).hasMessage("secret: must be a number");
        assertThatThrownBy(() -> SETTINGS.flag("secret", false)).hasMessage("secret: must be true or false");
        assertThatThrownBy(() -> SETTINGS.string("hosts")).hasMessage("hosts: must be a text, not a list");
        assertThatThrownBy(() -> SETTINGS.string("rules")).hasMessage("rules: must be a text, not a section");
        assertThatThrownBy(() -> SETTINGS.section("name"))
                .hasMessage("name: must be a section (a map of settings)");
        assertThatThrownBy(() -> SETTINGS.list("rules")).hasMessage("rules: must be a list, not a section");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2.5", "3000000000", "NaN", "12abc", ""})
    void anIntegerMustBeAWholeNumberWithinRange(String text) {
        assertThatThrownBy(() -> PluginSettings.of(Map.of("n", text)).integer("n"))
                .isInstanceOf(InvalidPluginSettings.class).hasMessageStartingWith("n: must be a whole number");
    }

    @ParameterizedTest
    @ValueSource(strings = {"NaN", "Infinity", "1e999", "0x10", "1.5d"})
    void aDecimalMustBeAFiniteDecimalNumber(String text) {
        assertThatThrownBy(() -> PluginSettings.of(Map.of("x", text)).decimal("x"))
                .hasMessage("x: must be a number");
    }

    @Test
    void aBlankTextIsRefused() {
        assertThatThrownBy(() -> PluginSettings.of(Map.of("name", "  ")).optionalString("name"))
                .hasMessage("name: must not be blank");
    }

    @Test
    void errorsInASectionNameTheFullKey() {
        PluginSettings github = SETTINGS.section("rules").section("github");

        assertThatThrownBy(() -> github.decimal("weight")).isInstanceOfSatisfying(InvalidPluginSettings.class,
                e -> assertThat(e.key()).isEqualTo("rules.github.weight"));
        assertThat(github.invalid("weight", "must be light").key()).isEqualTo("rules.github.weight");
        assertThatThrownBy(() -> github.string("owner")).hasMessage("rules.github.owner: is required");
    }

    @Test
    void unknownKeysAreRefusedWhenThePluginAsksForIt() {
        PluginSettings typo = PluginSettings.of(Map.of("wieght", 0.5));

        assertThatThrownBy(() -> typo.rejectUnknownKeys("weight", "hosts"))
                .hasMessage("wieght: is not a setting of this plugin (known: weight, hosts)");
        PluginSettings.of(Map.of("weight", 0.5)).rejectUnknownKeys("weight", "hosts");
    }

    @Test
    void theSettingsAreACopyThatCannotChange() {
        Map<String, Object> source = new LinkedHashMap<>();
        List<Object> hosts = new ArrayList<>(List.of("a.example"));
        source.put("hosts", hosts);
        source.put("empty", null);
        PluginSettings settings = PluginSettings.of(source);

        hosts.add("b.example");
        source.put("late", "x");

        assertThat(settings.list("hosts")).containsExactly("a.example");
        assertThat(settings.keys()).containsExactly("hosts");
        assertThatThrownBy(() -> settings.keys().add("x")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void valuesOfOtherTypesAreRefusedNamingTheKey() {
        assertThatThrownBy(() -> PluginSettings.of(Map.of("rules", Map.of("when", new Object()))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("setting rules.when");
    }

    @Test
    void itsTextShowsTheKeysButNoValue() {
        assertThat(SETTINGS.toString()).contains("secret").doesNotContain(SECRET);
    }
}
