package io.interven.plugin.secrets;

import java.util.ArrayList;
import java.util.Arrays;
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
    /**
     * For each keyword, the ASCII characters that, right before a hit of it, rule out every rule of the keyword (each
     * rule {@link #anchored} and its {@link #guards} forbidding the character); null when no character does.
     */
    private final boolean[][] deadAfter;
    /** Each thread's table from rule index to its slot in a {@link TriggeredRules} plus one; all zero between uses. */
    private final ThreadLocal<int[]> slotsOfRules;

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
        this.deadAfter = new boolean[keywords.size()][];
        for (int k = 0; k < keywords.size(); k++) {
            deadAfter[k] = charactersRulingOutEveryRule(ruleIndexesByKeyword[k]);
        }
        int ruleCount = this.rules.size();
        this.slotsOfRules = ThreadLocal.withInitial(() -> new int[ruleCount]);
    }

    private boolean[] charactersRulingOutEveryRule(int[] ruleIndexes) {
        boolean[] dead = new boolean[128];
        Arrays.fill(dead, true);
        for (int i : ruleIndexes) {
            if (!anchored[i] || guards[i] == null) {
                return null;
            }
            for (char c = 0; c < dead.length; c++) {
                dead[c] &= guards[i].forbids(c);
            }
        }
        return dead;
    }

    /** Every match of every triggered rule, overlaps not yet resolved. */
    List<SecretMatch> findIn(String text) {
        // read from an array rather than with String.charAt: see TextProfile.of in the PII plugin (a loop over charAt
        // runs up to half as fast in some JVMs as in others, after the shared profile of charAt)
        KeywordHits hits = hitsIn(text.toCharArray());
        if (hits == null || !hasLiveHit(text, hits)) {
            return List.of();
        }
        return matchesWithin(text, windowsOf(hits, text, text.length(), text.length(), true), true);
    }

    /**
     * Whether a keyword hit can start a match: a hit of a rule that is tried at its hits only ({@link #anchored}) is
     * dead when the rule's look-behind rules its start out ({@link LeadingGuard}), as {@code (?<![A-Za-z0-9])} does
     * for {@code ac}, {@code cf} or {@code ld} inside a hex string or a word. A text whose hits are all dead has no
     * match (matchesWithin would try each dead start and skip it), so it costs no windows.
     */
    private boolean hasLiveHit(String text, KeywordHits hits) {
        for (int h = 0; h < hits.size; h += 2) {
            if (isLive(text, hits.rowsAndEnds[h], hits.rowsAndEnds[h + 1])) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether one of the keywords that end at {@code end} in automaton row {@code row} (negative) can start a match.
     */
    private boolean isLive(String text, int row, int end) {
        for (int keyword : keywordAutomaton.hitsOf(row)) {
            int start = end - keywordAutomaton.keywordLength(keyword);
            boolean[] dead = deadAfter[keyword];
            if (dead != null && start > 0) {
                char before = text.charAt(start - 1);
                if (before < dead.length && dead[before]) {
                    continue; // every rule of the keyword is ruled out here
                }
            }
            for (int i : ruleIndexesByKeyword[keyword]) {
                if (!isDeadFor(i, text, start)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether rule {@code i}, tried at its keyword hits only, cannot start a match at {@code start}. */
    private boolean isDeadFor(int i, String text, int start) {
        return anchored[i] && guards[i] != null && guards[i].rulesOut(text, start);
    }

    /**
     * Every keyword hit in {@code chars}, in the order one reader finds them (by end), or null when there is none.
     *
     * <p>Each step of the automaton waits for the table look-up of the step before it, so one reader is bound by the
     * latency of that look-up rather than by what the processor can do at once. A long text is therefore read by
     * four readers side by side, one per quarter, whose look-ups overlap in time (about twice as fast per character
     * on prose). Each reader after the first starts {@code longestKeyword - 1} characters before its quarter, in the
     * automaton's start state: a hit that ends in a quarter starts no earlier than that, so the quarter's reader finds
     * it. A reader keeps only the hits that end in its own quarter (those in the overlap before it are the previous
     * reader's), and the readers' hits are joined in quarter order.
     */
    private KeywordHits hitsIn(char[] chars) {
        int n = chars.length;
        int overlap = longestKeyword - 1;
        int quarter = n / 4;
        if (quarter < 2 * overlap) {
            return hitsIn(chars, 0, n, 0, null);
        }
        final int[] next = keywordAutomaton.transitions();
        final byte[] classOfChar = keywordAutomaton.classOfChar();
        // reader k reads [k * quarter - overlap, (k + 1) * quarter), the first [0, quarter + overlap)
        int second = quarter - overlap;
        int third = 2 * quarter - overlap;
        int fourth = 3 * quarter - overlap;
        int length = quarter + overlap;
        KeywordHits hits1 = null;
        KeywordHits hits2 = null;
        KeywordHits hits3 = null;
        KeywordHits hits4 = null;
        int row1 = 0;
        int row2 = 0;
        int row3 = 0;
        int row4 = 0;
        for (int i = 0; i < length; i++) {
            row1 = next[row1 + (classOfChar[chars[i]] & 0xFF)];
            row2 = next[row2 + (classOfChar[chars[second + i]] & 0xFF)];
            row3 = next[row3 + (classOfChar[chars[third + i]] & 0xFF)];
            row4 = next[row4 + (classOfChar[chars[fourth + i]] & 0xFF)];
            if ((row1 | row2 | row3 | row4) < 0) { // a hit in some quarter
                if (row1 < 0) {
                    if (i < quarter) {
                        hits1 = KeywordHits.add(hits1, row1, i + 1);
                    }
                    row1 = ~row1;
                }
                if (row2 < 0) {
                    if (i >= overlap) {
                        hits2 = KeywordHits.add(hits2, row2, second + i + 1);
                    }
                    row2 = ~row2;
                }
                if (row3 < 0) {
                    if (i >= overlap) {
                        hits3 = KeywordHits.add(hits3, row3, third + i + 1);
                    }
                    row3 = ~row3;
                }
                if (row4 < 0) {
                    if (i >= overlap) {
                        hits4 = KeywordHits.add(hits4, row4, fourth + i + 1);
                    }
                    row4 = ~row4;
                }
            }
        }
        // the last reader reads on to the end (n is not always a multiple of four)
        hits4 = hitsIn(chars, fourth + length, n, row4, hits4);
        return KeywordHits.join(KeywordHits.join(KeywordHits.join(hits1, hits2), hits3), hits4);
    }

    /**
     * {@code hits} and the keyword hits that end in {@code [from, to)} of {@code chars}, read by one reader that is in
     * automaton row {@code row} at {@code from}.
     */
    private KeywordHits hitsIn(char[] chars, int from, int to, int row, KeywordHits hits) {
        final int[] next = keywordAutomaton.transitions();
        final byte[] classOfChar = keywordAutomaton.classOfChar();
        for (int at = from; at < to; at++) {
            row = next[row + (classOfChar[chars[at]] & 0xFF)];
            if (row < 0) {
                hits = KeywordHits.add(hits, row, at + 1);
                row = ~row;
            }
        }
        return hits;
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
        KeywordHits hits = hitsIn(head.toCharArray(), 0, head.length(), 0, null);
        TriggeredRules windows = windowsOf(hits, head, prefix.length(), prefix.length() + value.length(), false);
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
     * The search windows of each rule triggered (in rule order), from the keyword {@code hits} (in the order one
     * reader finds them) that start before {@code hitsBefore} in {@code keywordText}, for a text of {@code textLength}
     * characters. With {@code liveOnly}, a hit opens no window of a rule it cannot start a match of
     * ({@link #isDeadFor}): the rule is tried at its live hits only, and a window reaches far enough from each of them.
     * Sized by the rules triggered, not by all rules: each thread finds a rule's window through
     * its own table of all rules, zero again before this returns (no rule is called meanwhile, so a rule that calls
     * back in cannot find it in use).
     */
    private TriggeredRules windowsOf(KeywordHits hits, String keywordText, int hitsBefore, int textLength,
                                     boolean liveOnly) {
        int[] slotOfRule = slotsOfRules.get();
        TriggeredRules triggered = new TriggeredRules();
        try {
            for (int h = 0; hits != null && h < hits.size; h += 2) {
                int end = hits.rowsAndEnds[h + 1];
                for (int keyword : keywordAutomaton.hitsOf(hits.rowsAndEnds[h])) {
                    int start = end - keywordAutomaton.keywordLength(keyword);
                    if (start >= hitsBefore) {
                        continue;
                    }
                    for (int i : ruleIndexesByKeyword[keyword]) {
                        if (liveOnly && isDeadFor(i, keywordText, start)) {
                            continue;
                        }
                        if (slotOfRule[i] == 0) {
                            slotOfRule[i] = triggered.add(i, new SearchWindows(reach[i], textLength)) + 1;
                        }
                        triggered.windows[slotOfRule[i] - 1].addHit(start, end);
                    }
                }
            }
        } finally {
            for (int t = 0; t < triggered.size; t++) {
                slotOfRule[triggered.rules[t]] = 0;
            }
        }
        return triggered.inRuleOrder();
    }

    /** The rules a text triggers, each with its search windows. */
    private static final class TriggeredRules {
        private int[] rules = new int[4];
        private SearchWindows[] windows = new SearchWindows[4];
        private int size;

        /** Adds rule {@code i} and returns its slot. */
        int add(int i, SearchWindows ofRule) {
            if (size == rules.length) {
                rules = Arrays.copyOf(rules, size * 2);
                windows = Arrays.copyOf(windows, size * 2);
            }
            rules[size] = i;
            windows[size] = ofRule;
            return size++;
        }

        /** The same rules sorted by rule index, the order in which the rules are tried. */
        TriggeredRules inRuleOrder() {
            boolean sorted = true;
            for (int t = 1; t < size && sorted; t++) {
                sorted = rules[t - 1] < rules[t];
            }
            if (sorted) {
                return this;
            }
            long[] ruleAndSlot = new long[size];
            for (int t = 0; t < size; t++) {
                ruleAndSlot[t] = (long) rules[t] << 32 | t;
            }
            Arrays.sort(ruleAndSlot);
            TriggeredRules ordered = new TriggeredRules();
            for (long entry : ruleAndSlot) {
                ordered.add((int) (entry >>> 32), windows[(int) entry]);
            }
            return ordered;
        }
    }

    /** Keyword hits, each as the automaton row it was found in (negative) and its end; null stands for none. */
    private static final class KeywordHits {
        private int[] rowsAndEnds = new int[8];
        private int size;

        static KeywordHits add(KeywordHits hits, int row, int end) {
            KeywordHits to = hits == null ? new KeywordHits() : hits;
            if (to.size + 2 > to.rowsAndEnds.length) {
                to.rowsAndEnds = Arrays.copyOf(to.rowsAndEnds, to.rowsAndEnds.length * 2);
            }
            to.rowsAndEnds[to.size++] = row;
            to.rowsAndEnds[to.size++] = end;
            return to;
        }

        /** The hits of {@code first}, then those of {@code then}. */
        static KeywordHits join(KeywordHits first, KeywordHits then) {
            if (first == null) {
                return then;
            }
            for (int h = 0; then != null && h < then.size; h += 2) {
                add(first, then.rowsAndEnds[h], then.rowsAndEnds[h + 1]);
            }
            return first;
        }
    }

    /**
     * The matches of each triggered rule within its windows. With {@code atHits}, every keyword hit of a rule is in
     * its windows, so an anchored rule is tried at its hits only; without it (a named value, whose windows come from
     * the name's hits only) every rule searches its windows.
     */
    private List<SecretMatch> matchesWithin(String text, TriggeredRules triggered, boolean atHits) {
        List<SecretMatch> matches = new ArrayList<>();
        for (int t = 0; t < triggered.size; t++) {
            int i = triggered.rules[t];
            SearchWindows windows = triggered.windows[t];
            TextSecretRule rule = rules.get(i);
            int[] regions = windows.regions();
            if (atHits && anchored[i]) {
                ((PatternSecretRule) rule).findAt(text, regions, windows.hitStarts(), guards[i], matches);
                continue;
            }
            if (rule instanceof ProviderKeywordRule providers) {
                // every match starts at a keyword hit, in the name of a named value too
                providers.findAt(text, regions, windows.hitStarts(), matches);
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
        return matches;
    }
}
