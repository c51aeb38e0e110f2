package io.interven.plugin.secrets;

import io.interven.spi.Detector;
import io.interven.spi.Finding;
import io.interven.spi.ScanField;
import java.util.List;
import org.pf4j.Extension;

/**
 * Finds credentials in a text field: provider token formats written as data (the YAML files under
 * {@code rules/}), the tokens of the long tail of providers by name and shape ({@code providers.tsv}), secrets assigned to secret-sounding names, and fields whose own key name announces a secret.
 * Each finding carries the rule id and, for provider credentials, the issuer's domains.
 * The rule files are parsed, compiled and checked against their own examples once, when the plugin starts.
 */
@Extension
public class SecretsDetector implements Detector {
    private final SecretScanner scanner;

    public SecretsDetector() {
        this(BuiltInSecretRules.load(), BuiltInProviders.load().entries());
    }

    SecretsDetector(List<PatternSecretRule> rules) {
        this(rules, List.of());
    }

    SecretsDetector(List<PatternSecretRule> rules, List<ProviderEntry> providers) {
        this.scanner = new SecretScanner(rules, providers);
    }

    @Override
    public String id() {
        return "secrets";
    }

    @Override
    public List<Finding> detect(ScanField field) {
        return scanner.scan(field);
    }
}
