package io.interven.plugin.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BuiltInProvidersTest {
    private static final ProviderKeywordRule RULE = BuiltInProviders.load();

    @Test
    void listsAtLeast600Providers() {
        assertThat(RULE.entries()).hasSizeGreaterThanOrEqualTo(600);
    }

    @Test
    void everyProviderGetsItsOwnExamplesRight() {
        KeywordGatedRules gated = new KeywordGatedRules(List.of(RULE));
        assertThat(RULE.entries()).allSatisfy(entry -> {
            assertThat(BuiltInProviders.failures(gated, entry)).as(entry.id()).isEmpty();
            assertThat(entry.examples().match()).as(entry.id()).isNotEmpty();
            assertThat(entry.examples().noMatch()).as(entry.id()).isNotEmpty();
            assertThat(entry.issuerDomains()).as(entry.id()).isNotEmpty();
        });
    }

    @Test
    void noProviderDuplicatesAPreciseRule() {
        List<PatternSecretRule> rules = BuiltInSecretRules.load();
        Set<String> preciseKeywords = new HashSet<>();
        rules.forEach(rule -> preciseKeywords.addAll(rule.keywords()));

        assertThat(RULE.entries()).allSatisfy(entry -> {
            assertThat(rules).as(entry.id()).noneMatch(rule -> rule.id().equals(entry.id())
                    || rule.id().startsWith(entry.id() + "-"));
            assertThat(entry.keywords()).as(entry.id()).doesNotContainAnyElementsOf(preciseKeywords);
        });
    }

    @Test
    void everyProviderIsFoundThroughTheWholeDetector() {
        SecretsDetector detector = new SecretsDetector();

        assertThat(RULE.entries()).allSatisfy(entry -> {
            RuleExamples.MatchExample example = entry.examples().match().get(0);
            assertThat(detector.detect(new io.interven.spi.ScanField("note", io.interven.spi.FieldLocation.BODY, "note",
                    example.text()))).as(entry.id()).anySatisfy(f -> {
                        assertThat(f.start()).isEqualTo(example.secretStart());
                        assertThat(f.end()).isEqualTo(example.secretEnd());
                    });
        });
    }
}
