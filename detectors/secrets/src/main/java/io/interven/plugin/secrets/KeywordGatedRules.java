package io.interven.plugin.secrets;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fast path: one Aho-Corasick automaton ({@link KeywordAutomaton}) over the keywords of all rules, run once over
 * the text, lower-cased character by character as it is read. A rule whose keywords do not occur is never run; a
 * rule whose keywords do occur runs its regular expression only within its {@link TextSecretRule#maxLength()} either
 * side of each keyword hit ({@link SearchWindows}), never over the rest of the text. Text without any keyword costs
 * one table look-up per character and no allocation.
 */
final class KeywordGatedRules {
    private final List<TextSecretRule> rules;
    /** The indexes of the rules of each keyword, by keyword index in the automaton. */
    private final int[][] ruleIndexesByKeyword;
    private final KeywordAutomaton keywordAutomaton;
    private final int longestKeyword;
    /** Each rule's {@link TextSecretRule#maxLength()}. */
    private final int[] reach;
    /**
     * Whether each rule's every match starts at one of its keyword hits ({@link AnchoredPrefix}), so that it is tried
     * at its hits only instead of searched for across its windows.
     */
    private final boolean[] anchored;
    /**
     * The literals each rule's every match starts with ({@link LiteralHeads}), null for a rule that is anchored or
     * whose heads cannot be read off: such a rule is tried only where one of them begins.
     */
    private final LiteralHeads[] heads;
    /** The look-behind each rule opens with ({@link LeadingGuard}), or null. */
    private final LeadingGuard[] guards;

    KeywordGatedRules(Collection<? extends TextSecretRule> rules) {
        this.rules = List.copyOf(rules);
        Map<String, List<Integer>> byKeyword = new LinkedHashMap<>();
        for (int i = 0; i < this.rules.size(); i++) {
            TextSecretRule rule = this.rules.get(i);
            if (rule.keywords().isEmpty()) {
                throw new IllegalArgumentException("rule " + rule.id() + " has no keywords");
            }
            for (String keyword : rule.keywords()) {
                List<Integer> indexes = byKeyword.computeIfAbsent(keyword, k -> new ArrayList<>());
                if (!indexes.contains(i)) {
                    indexes.add(i);
                }
            }
        }
        List<String> keywords = new ArrayList<>(byKeyword.keySet());
        this.ruleIndexesByKeyword = new int[keywords.size()][];
        int longest = 0;
        for (int k = 0; k < keywords.size(); k++) {
            List<Integer> indexes = byKeyword.get(keywords.get(k));
            int[] array = new int[indexes.size()];
            for (int j = 0; j < array.length; j++) {
                array[j] = indexes.get(j);
            }
            ruleIndexesByKeyword[k] = array;
            longest = Math.max(longest, keywords.get(k).length());
        }
        this.keywordAutomaton = new KeywordAutomaton(keywords);
        this.longestKeyword = longest;
        this.reach = new int[this.rules.size()];
        for (int i = 0; i < this.rules.size(); i++) {
            reach[i] = this.rules.get(i).maxLength();
        }
        this.anchored = new boolean[this.rules.size()];
        for (int i = 0; i < this.rules.size(); i++) {
            anchored[i] = this.rules.get(i) instanceof PatternSecretRule rule
                    && AnchoredPrefix.eligible(rule.regex(), rule.keywords());
        }
        this.heads = new LiteralHeads[this.rules.size()];
        for (int i = 0; i < this.rules.size(); i++) {
            if (this.rules.get(i) instanceof PatternSecretRule rule) {
                heads[i] = LiteralHeads.of(rule.regex());
            }
        }
        this.guards = new LeadingGuard[this.rules.size()];
        for (int i = 0; i < this.rules.size(); i++) {
            if (this.rules.get(i) instanceof PatternSecretRule rule) {
                guards[i] = LeadingGuard.of(rule.regex());
            }
        }
    }

    /** Every match of every triggered rule, overlaps not yet resolved. */
    List<SecretMatch> findIn(String text) {
        int firstHit = keywordAutomaton.firstHitEnd(text, 0, text.length());
        if (firstHit < 0) {
            return List.of();
        }
        // The automaton's state at the first hit depends on the last longestKeyword characters read only, and no
        // keyword ends before it: reading on from there finds every hit, without reading the text twice.
        int resume = Math.max(0, firstHit + 1 - longestKeyword);
        if (!hasLiveHit(text, resume)) {
            return List.of();
        }
        return matchesWithin(text, windowsOf(text, resume, text.length(), text.length()), true);
    }

    /**
     * Whether a keyword hit read from {@code readFrom} on can start a match: a hit of a rule that is tried at its
     * hits only ({@link #anchored}) is dead when the rule's look-behind rules its start out ({@link LeadingGuard}), as
     * {@code (?<![A-Za-z0-9])} does for {@code ac}, {@code cf} or {@code ld} inside a hex string or a word. A text
     * whose hits are all dead has no match (matchesWithin would try each dead start and skip it), so it costs no
     * windows. Reads until the first live hit.
     */
    private boolean hasLiveHit(String text, int readFrom) {
        final int[] next = keywordAutomaton.transitions();
        final char[] classOfChar = keywordAutomaton.classOfChar();
        int row = 0;
        for (int at = readFrom; at < text.length(); at++) {
            row = next[row + classOfChar[text.charAt(at)]];
            if (row < 0) {
                for (int keyword : keywordAutomaton.hitsOf(row)) {
                    int start = at + 1 - keywordAutomaton.keywordLength(keyword);
                    for (int i : ruleIndexesByKeyword[keyword]) {
                        if (!anchored[i] || guards[i] == null || !guards[i].rulesOut(text, start)) {
                            return true;
                        }
                    }
                }
                row = ~row;
            }
        }
        return false;
    }

    /**
     * The secrets in {@code value} that rules find when they read it as the assignment {@code name=value}: a JSON
     * key and its string, a query parameter and its value. Only keywords inside {@code name} count, so a context
     * rule ({@code aws_secret_access_key = ...}) sees the context its value was filed under. Spans are relative to
     * {@code value}.
     */
    List<SecretMatch> findInNamedValue(String name, String value) {
        if (name == null || name.isBlank()) {
            return List.of();
        }
        int headLength = Math.min(value.length(), longestKeyword);
        if (!keywordStartsInName(name, value, headLength)) {
            return List.of();
        }
        String prefix = name + "=";
        String head = prefix + value.substring(0, headLength);
        SearchWindows[] windows = windowsOf(head, 0, prefix.length(), prefix.length() + value.length());
        List<SecretMatch> matches = new ArrayList<>();
        for (SecretMatch match : matchesWithin(prefix + value, windows, false)) {
            if (match.start() >= prefix.length()) {
                matches.add(match.at(match.start() - prefix.length(), match.end() - prefix.length()));
            }
        }
        return matches;
    }

    /**
     * Whether a keyword occurrence in {@code name=} followed by the first {@code headLength} characters of
     * {@code value} starts before the end of {@code name=}. Reads the characters in place, allocating nothing.
     */
    private boolean keywordStartsInName(String name, String value, int headLength) {
        KeywordAutomaton automaton = keywordAutomaton;
        int state = KeywordAutomaton.start();
        for (int i = 0; i < name.length(); i++) {
            state = automaton.step(state, name.charAt(i));
            if (automaton.hitsOf(state) != null) {
                return true;
            }
        }
        state = automaton.step(state, '=');
        if (automaton.hitsOf(state) != null) {
            return true;
        }
        int prefixLength = name.length() + 1;
        for (int j = 0; j < headLength; j++) {
            if (automaton.depth(state) <= j) {
                // what the automaton is matching now starts inside the value: so does every later hit
                return false;
            }
            state = automaton.step(state, value.charAt(j));
            int[] hits = automaton.hitsOf(state);
            if (hits != null) {
                int end = prefixLength + j + 1;
                for (int k : hits) {
                    if (end - automaton.keywordLength(k) < prefixLength) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * The search windows of each rule (null: not triggered), from the keyword hits in {@code keywordText} read from
     * {@code readFrom} that start before {@code hitsBefore}, for a text of {@code textLength} characters.
     */
    private SearchWindows[] windowsOf(String keywordText, int readFrom, int hitsBefore, int textLength) {
        SearchWindows[] windows = new SearchWindows[rules.size()];
        // the automaton's table read in place, as KeywordAutomaton.firstHitEnd does: one look-up per character
        final int[] next = keywordAutomaton.transitions();
        final char[] classOfChar = keywordAutomaton.classOfChar();
        int row = 0;
        for (int at = readFrom; at < keywordText.length(); at++) {
            row = next[row + classOfChar[keywordText.charAt(at)]];
            if (row < 0) {
                addHits(windows, keywordAutomaton.hitsOf(row), at + 1, hitsBefore, textLength);
                row = ~row;
            }
        }
        return windows;
    }

    /** Adds the hits of {@code keywords}, all ending at {@code end}, to the windows of their rules. */
    private void addHits(SearchWindows[] windows, int[] keywords, int end, int hitsBefore, int textLength) {
        for (int keyword : keywords) {
            int start = end - keywordAutomaton.keywordLength(keyword);
            if (start < hitsBefore) {
                for (int i : ruleIndexesByKeyword[keyword]) {
                    if (windows[i] == null) {
                        windows[i] = new SearchWindows(reach[i], textLength);
                    }
                    windows[i].addHit(start, end);
                }
            }
        }
    }

    /**
     * The matches of each triggered rule within its windows. With {@code atHits}, every keyword hit of a rule is in
     * its windows, so an anchored rule is tried at its hits only; without it (a named value, whose windows come from
     * the name's hits only) every rule searches its windows.
     */
    private List<SecretMatch> matchesWithin(String text, SearchWindows[] windows, boolean atHits) {
        List<SecretMatch> matches = new ArrayList<>();
        for (int i = 0; i < windows.length; i++) {
            if (windows[i] != null) {
                TextSecretRule rule = rules.get(i);
                int[] regions = windows[i].regions();
                if (atHits && anchored[i]) {
                    ((PatternSecretRule) rule).findAt(text, regions, windows[i].hitStarts(), guards[i], matches);
                    continue;
                }
                if (rule instanceof ProviderKeywordRule providers) {
                    // every match starts at a keyword hit, in the name of a named value too
                    providers.findAt(text, regions, windows[i].hitStarts(), matches);
                    continue;
                }
                if (heads[i] != null) {
                    PatternSecretRule pattern = (PatternSecretRule) rule;
                    for (int r = 0; r < regions.length; r += 2) {
                        pattern.findStartingWith(text, regions[r], regions[r + 1], heads[i], guards[i], matches);
                    }
                    continue;
                }
                for (int r = 0; r < regions.length; r += 2) {
                    matches.addAll(rule.findIn(text, regions[r], regions[r + 1]));
                }
            }
        }
        return matches;
    }
}
