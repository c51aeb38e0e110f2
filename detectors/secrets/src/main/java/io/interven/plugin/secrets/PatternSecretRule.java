package io.interven.plugin.secrets;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A secret rule written as data (one entry of a rule file): a regular expression whose {@code secretGroup} is the
 * secret, checked against the placeholder allowlist, an optional entropy floor and an optional validator.
 * {@code maxLength} bounds how long a whole match (context included) can be, which is how far from a keyword hit
 * the regex needs to look.
 */
record PatternSecretRule(String id, String description, String entityType, Pattern regex, int secretGroup,
                         List<String> keywords, double minEntropy, Set<String> issuerDomains,
                         Optional<SecretValidator> validator, double confidence, int maxLength,
                         RuleExamples examples, String sourceFile) implements TextSecretRule {
    PatternSecretRule {
        keywords = List.copyOf(keywords);
        issuerDomains = Set.copyOf(issuerDomains);
    }

    @Override
    public List<SecretMatch> findIn(String text, int from, int to) {
        List<SecretMatch> matches = new ArrayList<>();
        Matcher m = TextSecretRule.matcherWithin(regex, text, from, to);
        while (m.find()) {
            int start = m.start(secretGroup);
            int end = m.end(secretGroup);
            if (start < 0 || end <= start) {
                continue;
            }
            String secret = text.substring(start, end);
            if (!PlaceholderAllowlist.isPlaceholder(secret)
                    && ShannonEntropy.bitsPerChar(secret) >= minEntropy
                    && validator.map(check -> check.isValid(secret)).orElse(true)) {
                matches.add(new SecretMatch(id, entityType, issuerDomains, start, end, confidence));
            }
        }
        return matches;
    }
}
