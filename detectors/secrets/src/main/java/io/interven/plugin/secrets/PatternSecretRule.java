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
                         RuleExamples examples, String sourceFile, GluedSuffix gluedSuffix)
        implements TextSecretRule {
    PatternSecretRule {
        keywords = List.copyOf(keywords);
        issuerDomains = Set.copyOf(issuerDomains);
    }

    /** The rule as read from its file: its expression, and the glued form of its token when it has one. */
    PatternSecretRule(String id, String description, String entityType, Pattern regex, int secretGroup,
                      List<String> keywords, double minEntropy, Set<String> issuerDomains,
                      Optional<SecretValidator> validator, double confidence, int maxLength,
                      RuleExamples examples, String sourceFile) {
        this(id, description, entityType, regex, secretGroup, keywords, minEntropy, issuerDomains, validator,
                confidence, maxLength, examples, sourceFile, GluedSuffix.of(regex, secretGroup));
    }

    @Override
    public List<SecretMatch> findIn(String text, int from, int to) {
        List<SecretMatch> matches = new ArrayList<>();
        if (gluedSuffix != null) {
            findWithGluedSuffixes(text, from, to, matches);
            return matches;
        }
        Matcher m = TextSecretRule.matcherWithin(regex, text, from, to);
        while (m.find()) {
            accept(m, text, matches);
        }
        return matches;
    }

    /**
     * What a search of the expression finds, and the tokens with characters glued after them: the expression is
     * tried, as a search would, at each start where the token alone matches (wherever the expression matches, the
     * token alone does), in text order, skipping the positions inside a match as {@code find} does.
     */
    private void findWithGluedSuffixes(String text, int from, int to, List<SecretMatch> matches) {
        MatchersAt matchers = new MatchersAt(this, text);
        Matcher tokens = matchers.token(from, to);
        while (tokens.find()) {
            int at = tokens.start();
            Matcher found = matchers.resolved(tokens, at, to);
            int next = found == null || found.end() == at ? at + 1 : found.end();
            if (found != null) {
                accept(found, text, matches);
            }
            if (next >= to) {
                return;
            }
            tokens.region(next, to);
        }
    }

    /**
     * The matches {@link #findIn(String, int, int)} finds in {@code [from, to)}, found by trying the regex only where
     * one of its {@code heads} (the literals every match starts with) begins, in text order, skipping the positions
     * inside a match as {@code find} does.
     */
    void findStartingWith(String text, int from, int to, LiteralHeads heads, LeadingGuard guard,
            List<SecretMatch> matches) {
        MatchersAt matchers = new MatchersAt(this, text);
        int at = heads.next(text, from, to);
        while (at >= 0) {
            if (guard != null && guard.rulesOut(text, at)) {
                at = at + 1 < to ? heads.next(text, at + 1, to) : -1;
                continue;
            }
            int next = at + 1;
            Matcher found = matchers.at(at, to);
            if (found != null) {
                accept(found, text, matches);
                next = found.end() == found.start() ? found.end() + 1 : found.end();
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
        MatchersAt matchers = new MatchersAt(this, text);
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
                Matcher found = matchers.at(at, to);
                if (found != null) {
                    accept(found, text, matches);
                    searchFrom = found.end() == found.start() ? found.end() + 1 : found.end();
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

    /**
     * A rule's matchers over one text, each made on first use: the expression's and, for a rule with a glued form,
     * its token's alone. Tried at a start, the token alone goes first: where it does not match, neither does the
     * expression; where it matches and its run ends there, its match is the expression's; only where characters of
     * the run follow it is the expression itself tried, and then the glued form's bounds.
     */
    private static final class MatchersAt {
        private final PatternSecretRule rule;
        private final String text;
        private Matcher whole;
        private Matcher token;

        MatchersAt(PatternSecretRule rule, String text) {
            this.rule = rule;
            this.text = text;
        }

        /** The match starting at {@code at} within {@code to}, or null. */
        Matcher at(int at, int to) {
            if (rule.gluedSuffix == null) {
                Matcher m = whole(at, to);
                return m.lookingAt() ? m : null;
            }
            Matcher t = token(at, to);
            return t.lookingAt() ? resolved(t, at, to) : null;
        }

        /** The token alone matched at {@code at} ({@code t}): the expression's match, the glued token's, or null. */
        Matcher resolved(Matcher t, int at, int to) {
            if (!rule.gluedSuffix.continuesRun(text, t.end())) {
                return t; // the look-ahead holds: the expression matches the same
            }
            Matcher m = whole(at, to);
            if (m.lookingAt()) {
                return m;
            }
            return rule.gluedSuffix.keeps(text, at, t.end()) ? t : null;
        }

        Matcher token(int from, int to) {
            if (token == null) {
                token = TextSecretRule.matcherWithin(rule.gluedSuffix.token(), text, from, to);
            } else {
                token.region(from, to);
            }
            return token;
        }

        private Matcher whole(int from, int to) {
            if (whole == null) {
                whole = TextSecretRule.matcherWithin(rule.regex, text, from, to);
            } else {
                whole.region(from, to);
            }
            return whole;
        }
    }
}
