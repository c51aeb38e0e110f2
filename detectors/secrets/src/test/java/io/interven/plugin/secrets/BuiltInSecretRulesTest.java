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

        assertThat(rules).hasSizeGreaterThanOrEqualTo(40);
        assertThat(rules).extracting(PatternSecretRule::entityType)
                .contains("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "GITHUB_TOKEN", "GITLAB_TOKEN", "SLACK_TOKEN",
                        "SLACK_WEBHOOK_URL", "STRIPE_SECRET_KEY", "OPENAI_API_KEY", "ANTHROPIC_API_KEY", "GOOGLE_API_KEY",
                        "SENDGRID_API_KEY", "TWILIO_API_KEY", "TWILIO_AUTH_TOKEN", "NPM_TOKEN", "PYPI_TOKEN",
                        "DISCORD_WEBHOOK_URL", "PRIVATE_KEY", "JWT", "URL_CREDENTIALS", "DATABASE_URL_CREDENTIALS");
    }
}
