package io.interven.plugin.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class BuiltInSecretRulesTest {
    private static final Path RULES_FOLDER = Path.of("src/main/resources/io/interven/plugin/secrets/rules");

    @Test
    void everyRuleFileInTheFolderIsListedInTheIndex() throws IOException {
        try (Stream<Path> files = Files.list(RULES_FOLDER)) {
            List<String> yamlFiles = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).toList();
            assertThat(BuiltInSecretRules.ruleFileNames()).containsExactlyInAnyOrderElementsOf(yamlFiles);
        }
    }

    @Test
    void loadsTheBuiltInRules() {
        List<PatternSecretRule> rules = BuiltInSecretRules.load();

        assertThat(rules).extracting(PatternSecretRule::entityType)
                .contains("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "GITHUB_TOKEN", "GITLAB_TOKEN", "SLACK_TOKEN",
                        "SLACK_WEBHOOK_URL", "STRIPE_KEY", "SHOPIFY_TOKEN", "GENERIC_SECRET", "OPENAI_API_KEY", "ANTHROPIC_API_KEY", "GOOGLE_API_KEY",
                        "SENDGRID_API_KEY", "TWILIO_API_KEY", "TWILIO_AUTH_TOKEN", "NPM_TOKEN", "PYPI_TOKEN",
                        "DISCORD_WEBHOOK_URL", "PRIVATE_KEY", "JWT", "URL_CREDENTIALS", "DATABASE_URL_CREDENTIALS");
    }

    @Test
    void thereAreAtLeast150RulesCountingTheJavaRules() {
        int javaRules = List.of(KeyNameSecretRule.ID, AssignmentSecretRule.ID, BasicAuthSecretRule.ID,
                KeyValueAttributeSecretRule.ID, KubernetesSecretRule.ID).size();

        assertThat(BuiltInSecretRules.load().size() + javaRules).isGreaterThanOrEqualTo(150);
    }

    @Test
    void everyRuleHasAMatchAndANoMatchExample() {
        assertThat(BuiltInSecretRules.load()).allSatisfy(rule -> {
            assertThat(rule.examples().match()).as("match examples of %s", rule.id()).isNotEmpty();
            assertThat(rule.examples().noMatch()).as("no_match examples of %s", rule.id()).isNotEmpty();
        });
    }

    @Test
    void everyRuleFileHoldsOneFamilyAndEveryRuleIsInOne() {
        List<PatternSecretRule> rules = BuiltInSecretRules.load();

        assertThat(rules).extracting(PatternSecretRule::sourceFile).allMatch(f -> f.startsWith(BuiltInSecretRules.RULES_FOLDER))
                .containsAll(BuiltInSecretRules.ruleFileNames().stream().map(f -> BuiltInSecretRules.RULES_FOLDER + f).toList());
    }
}
