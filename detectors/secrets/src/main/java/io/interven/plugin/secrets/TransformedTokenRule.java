package io.interven.plugin.secrets;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * A prefixed token written backwards, in ROT13, or both, the way a model is asked to "reverse the key" or "rot13
 * it" to get it past a filter: {@code 48zHI2Ag6Ds1Jh7Fv4Cm9Zx3wLt5Nqk2Yb8R_phg}. Its keywords are the provider rules'
 * prefixes (the literals every match of a rule starts with, {@link AnchoredPrefix#leadingLiterals}) transformed the
 * same ways. A run of token characters that, transformed back, starts with a prefix is searched by the provider
 * rules; what they find there is a match of the whole run, of the provider's entity type, so the run is redacted
 * whole. Nothing else is transformed: a prefix is what tells a token from a word, backwards as forwards.
 */
final class TransformedTokenRule extends JavaTextRule {
    static final String ID = "transformed-token";
    /** The shortest run looked at: the shortest prefixed tokens are about twenty characters. */
    static final int MIN_RUN = 16;
    private static final int MAX_RUN = 512;
    private static final int MIN_PREFIX = 4;

    /** A way of writing a token, and its inverse (each of these is its own inverse). */
    enum Transform {
        REVERSED("reversed-token", text -> new StringBuilder(text).reverse().toString()),
        ROT13("rot13-token", TransformedTokenRule::rot13),
        REVERSED_ROT13("reversed-rot13-token", text -> rot13(new StringBuilder(text).reverse().toString()));

        private final String ruleId;
        private final UnaryOperator<String> inverse;

        Transform(String ruleId, UnaryOperator<String> inverse) {
            this.ruleId = ruleId;
            this.inverse = inverse;
        }

        String ruleId() {
            return ruleId;
        }

        String undo(String written) {
            return inverse.apply(written);
        }

        /**
         * The characters of a written run that a prefix's first {@link #MIN_PREFIX} stand in once transformed back,
         * lower case: the first four of a ROT13 run, the last four of a run written backwards.
         */
        String headOf(String written) {
            String head = this == ROT13 ? written.substring(0, MIN_PREFIX)
                    : written.substring(written.length() - MIN_PREFIX);
            return head.toLowerCase(Locale.ROOT);
        }
    }

    private final KeywordGatedRules providers;
    /** The prefixes by their first {@link #MIN_PREFIX} characters, lower case. */
    private final Map<String, List<String>> prefixesByHead = new HashMap<>();

    private TransformedTokenRule(List<String> prefixes, List<String> keywords, KeywordGatedRules providers) {
        super(ID, keywords, MAX_RUN);
        for (String prefix : prefixes) {
            prefixesByHead.computeIfAbsent(prefix.substring(0, MIN_PREFIX), head -> new ArrayList<>()).add(prefix);
        }
        this.providers = providers;
    }

    /** The rule for the prefixes of {@code rules}, whose matches in a transformed-back run {@code providers} finds. */
    static TransformedTokenRule of(List<PatternSecretRule> rules, KeywordGatedRules providers) {
        Set<String> prefixes = new LinkedHashSet<>();
        for (PatternSecretRule rule : rules) {
            prefixes.addAll(prefixesOf(rule));
        }
        Set<String> keywords = new LinkedHashSet<>();
        for (String prefix : prefixes) {
            for (Transform transform : Transform.values()) {
                keywords.add(transform.undo(prefix));
            }
        }
        return new TransformedTokenRule(List.copyOf(prefixes), List.copyOf(keywords), providers);
    }

    /** The prefixes a rule's matches start with, lower case, four token characters or more; none when unreadable. */
    static List<String> prefixesOf(PatternSecretRule rule) {
        List<String> heads;
        try {
            heads = AnchoredPrefix.leadingLiterals(rule.regex().pattern());
        } catch (RuntimeException e) {
            return List.of();
        }
        List<String> prefixes = new ArrayList<>();
        for (String head : heads == null ? List.<String>of() : heads) {
            if (head.length() >= MIN_PREFIX && head.chars().allMatch(c -> isTokenChar((char) c))) {
                prefixes.add(head.toLowerCase(Locale.ROOT));
            }
        }
        return prefixes;
    }

    @Override
    public List<SecretMatch> findIn(String text, int from, int to) {
        List<SecretMatch> matches = new ArrayList<>();
        int i = from;
        while (i < to) {
            if (!isTokenChar(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < to && isTokenChar(text.charAt(i))) {
                i++;
            }
            if (i - start >= MIN_RUN && i - start <= MAX_RUN) {
                findInRun(text.substring(start, i), start, matches);
            }
        }
        return matches;
    }

    /** The token a run of token characters is, transformed back, as a match of the whole run. */
    private void findInRun(String run, int start, List<SecretMatch> matches) {
        for (Transform transform : Transform.values()) {
            List<String> candidates = prefixesByHead.get(transform.undo(transform.headOf(run)));
            if (candidates == null) {
                continue; // the cheap look: the four characters a prefix would stand in, transformed back
            }
            String token = transform.undo(run);
            if (!startsWithAny(token, candidates)) {
                continue;
            }
            for (SecretMatch match : providers.findIn(token)) {
                matches.add(new SecretMatch(transform.ruleId(), match.entityType(), match.issuerDomains(), start,
                        start + run.length(), match.confidence()));
                return;
            }
        }
    }

    private static boolean startsWithAny(String token, List<String> prefixes) {
        for (String prefix : prefixes) {
            if (token.regionMatches(true, 0, prefix, 0, prefix.length())) {
                return true;
            }
        }
        return false;
    }

    static String rot13(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c >= 'a' && c <= 'z') {
                chars[i] = (char) ('a' + (c - 'a' + 13) % 26);
            } else if (c >= 'A' && c <= 'Z') {
                chars[i] = (char) ('A' + (c - 'A' + 13) % 26);
            }
        }
        return new String(chars);
    }

    private static boolean isTokenChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-';
    }
}
