package io.interven.plugin.secrets;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads the rule files shipped in this plugin: {@code rules/index.txt} (next to this class) lists the files, one a
 * line. Loading fails loudly, naming the file and rule, when a file is missing or malformed, two rules share an id,
 * or a rule gets one of its own examples wrong.
 */
final class BuiltInSecretRules {
    static final String RULES_FOLDER = "rules/";
    static final String INDEX = RULES_FOLDER + "index.txt";

    private BuiltInSecretRules() {
    }

    static List<PatternSecretRule> load() {
        List<PatternSecretRule> rules = new ArrayList<>();
        for (String file : ruleFileNames()) {
            rules.addAll(SecretRuleFileParser.parse(RULES_FOLDER + file, read(RULES_FOLDER + file)));
        }
        return verified(rules);
    }

    /** The rules, once their ids are known to be unique and every rule gets its own examples right. */
    static List<PatternSecretRule> verified(List<PatternSecretRule> rules) {
        requireUniqueIds(rules);
        for (PatternSecretRule rule : rules) {
            List<String> failures = RuleExampleVerifier.failures(rule);
            if (!failures.isEmpty()) {
                throw new SecretRuleException(rule.sourceFile(), rule.id(), String.join("; ", failures));
            }
        }
        return List.copyOf(rules);
    }

    static List<String> ruleFileNames() {
        List<String> names = new ArrayList<>();
        for (String line : read(INDEX).split("\r?\n")) {
            String name = line.strip();
            if (!name.isEmpty() && !name.startsWith("#")) {
                names.add(name);
            }
        }
        if (names.isEmpty()) {
            throw new SecretRuleException(INDEX, null, "lists no rule files");
        }
        return names;
    }

    private static void requireUniqueIds(List<PatternSecretRule> rules) {
        Map<String, String> fileById = new HashMap<>();
        for (PatternSecretRule rule : rules) {
            String earlier = fileById.putIfAbsent(rule.id(), rule.sourceFile());
            if (earlier != null) {
                throw new SecretRuleException(rule.sourceFile(), rule.id(), "id already used in " + earlier);
            }
        }
    }

    private static String read(String resource) {
        try (InputStream in = BuiltInSecretRules.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new SecretRuleException(resource, null, "resource not found in the plugin jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SecretRuleException(resource, null, "cannot be read: " + e.getMessage(), e);
        }
    }
}
