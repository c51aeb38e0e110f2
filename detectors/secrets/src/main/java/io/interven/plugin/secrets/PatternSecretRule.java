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
            accept(m, text, matches);
        }
        return matches;
    }

    /**
     * The matches {@link #findIn(String, int, int)} finds in {@code [from, to)}, found by trying the regex only where
     * one of its {@code heads} (the literals every match starts with) begins, in text order, skipping the positions
     * inside a match as {@code find} does.
     */
    void findStartingWith(String text, int from, int to, LiteralHeads heads, LeadingGuard guard,
            List<SecretMatch> matches) {
        Matcher m = null;
        int at = heads.next(text, from, to);
        while (at >= 0) {
            if (guard != null && guard.rulesOut(text, at)) {
                at = at + 1 < to ? heads.next(text, at + 1, to) : -1;
                continue;
            }
            if (m == null) {
                m = TextSecretRule.matcherWithin(regex, text, at, to);
            } else {
                m.region(at, to);
            }
            int next = at + 1;
            if (m.lookingAt()) {
                accept(m, text, matches);
                next = m.end() == m.start() ? m.end() + 1 : m.end();
            }
            if (next >= to) {
                break;
            }
            at = heads.next(text, next, to);
        }
    }

    /**
     * The matches {@link #findIn(String, int, int)} finds in each window {@code [regions[r], regions[r + 1])} when
     * every match of this rule starts at one of its keyword hits (see {@link AnchoredPrefix}): the regex is tried only
     * at the hit starts {@code starts} (ascending, each inside one window), skipping starts inside the previous match
     * of the same window as {@code find} does. One matcher serves every window.
     */
    void findAt(String text, int[] regions, int[] starts, List<SecretMatch> matches) {
        findAt(text, regions, starts, null, matches);
    }

    /** {@link #findAt(String, int[], int[], List)}, skipping the starts that {@code guard} (if any) rules out. */
    void findAt(String text, int[] regions, int[] starts, LeadingGuard guard, List<SecretMatch> matches) {
        Matcher m = null;
        int h = 0;
        for (int r = 0; r < regions.length; r += 2) {
            int from = regions[r];
            int to = regions[r + 1];
            int searchFrom = from;
            int previous = -1;
            for (; h < starts.length && starts[h] < to; h++) {
                int at = starts[h];
                if (at == previous || at < searchFrom) {
                    continue;
                }
                previous = at;
                if (guard != null && guard.rulesOut(text, at)) {
                    continue;
                }
                if (m == null) {
                    m = TextSecretRule.matcherWithin(regex, text, at, to);
                } else {
                    m.region(at, to);
                }
                if (m.lookingAt()) {
                    accept(m, text, matches);
                    searchFrom = m.end() == m.start() ? m.end() + 1 : m.end();
                }
            }
        }
    }

    private void accept(Matcher m, String text, List<SecretMatch> matches) {
        int start = m.start(secretGroup);
        int end = m.end(secretGroup);
        if (start < 0 || end <= start) {
            return;
        }
        String secret = text.substring(start, end);
        SecretValidator check = validator.orElse(null);
        boolean placeholder = (check == null || !check.checksPlaceholders())
                && PlaceholderAllowlist.isPlaceholder(secret);
        if (!placeholder
                && ShannonEntropy.bitsPerChar(secret) >= minEntropy
                && (check == null || check.isValid(secret))) {
            double found = check == null ? confidence : check.confidence(secret, confidence);
            matches.add(new SecretMatch(id, entityType, issuerDomains, start, end, found));
        }
    }
}
