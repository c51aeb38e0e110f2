package io.interven.plugin.secrets;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads {@code providers.tsv} (next to this class) into one {@link ProviderKeywordRule}, once every provider is known
 * to get its own examples right ({@link #failures}): start-up fails, naming the provider, otherwise.
 */
final class BuiltInProviders {
    static final String FILE = "providers.tsv";

    private BuiltInProviders() {
    }

    static ProviderKeywordRule load() {
        List<ProviderEntry> entries = ProviderFileParser.parse(FILE, read());
        ProviderKeywordRule rule;
        try {
            rule = new ProviderKeywordRule(entries);
        } catch (IllegalArgumentException e) {
            throw new SecretRuleException(FILE, null, e.getMessage(), e);
        }
        KeywordGatedRules gated = new KeywordGatedRules(List.of(rule));
        for (ProviderEntry entry : entries) {
            List<String> failures = failures(gated, entry);
            if (!failures.isEmpty()) {
                throw new SecretRuleException(FILE, entry.id(), String.join("; ", failures));
            }
        }
        return rule;
    }

    /**
     * What {@code entry} gets wrong in its examples when they are scanned as the scanner scans them (the keyword
     * prefilter, then the rule near each keyword; {@code gated} holds the provider rule alone): a match example must yield its secret, exactly, as this entry's
     * finding; a no_match example must yield nothing of this entry.
     */
    static List<String> failures(KeywordGatedRules gated, ProviderEntry entry) {
        List<String> failures = new ArrayList<>();
        for (RuleExamples.MatchExample example : entry.examples().match()) {
            boolean found = gated.findIn(example.text()).stream().anyMatch(m -> m.ruleId().equals(entry.ruleId())
                    && m.start() == example.secretStart() && m.end() == example.secretEnd());
            if (!found) {
                failures.add("match example not found: " + example.text());
            }
        }
        for (String text : entry.examples().noMatch()) {
            if (gated.findIn(text).stream().anyMatch(m -> m.ruleId().equals(entry.ruleId()))) {
                failures.add("no_match example matched: " + text);
            }
        }
        return failures;
    }

    private static String read() {
        try (InputStream in = BuiltInProviders.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new SecretRuleException(FILE, null, "resource not found in the plugin jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SecretRuleException(FILE, null, "cannot be read: " + e.getMessage(), e);
        }
    }
}
