package io.interven.plugin.secrets;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ahocorasick.trie.Trie;

/**
 * The fast path: one Aho-Corasick automaton over the keywords of all rules, run once over the lower-cased text.
 * A rule whose keywords do not occur is never run; a rule whose keywords do occur runs its regular expression only
 * within its {@link TextSecretRule#maxLength()} either side of each keyword hit ({@link SearchWindows}), never over
 * the rest of the text.
 */
final class KeywordGatedRules {
    private final List<TextSecretRule> rules;
    private final Map<String, int[]> ruleIndexesByKeyword;
    private final Trie keywordAutomaton;
    private final int longestKeyword;

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
        Map<String, int[]> indexesByKeyword = new LinkedHashMap<>();
        byKeyword.forEach((keyword, indexes) ->
                indexesByKeyword.put(keyword, indexes.stream().mapToInt(Integer::intValue).toArray()));
        this.ruleIndexesByKeyword = indexesByKeyword;
        this.keywordAutomaton = Trie.builder().addKeywords(byKeyword.keySet()).build();
        this.longestKeyword = byKeyword.keySet().stream().mapToInt(String::length).max().orElse(0);
    }

    /** Every match of every triggered rule, overlaps not yet resolved. */
    List<SecretMatch> findIn(String text) {
        return matchesWithin(text, windowsOf(text, text.length(), text.length()));
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
        String prefix = name + "=";
        String head = prefix + value.substring(0, Math.min(value.length(), longestKeyword));
        SearchWindows[] windows = windowsOf(head, prefix.length(), prefix.length() + value.length());
        if (Arrays.stream(windows).allMatch(Objects::isNull)) {
            return List.of();
        }
        List<SecretMatch> matches = new ArrayList<>();
        for (SecretMatch match : matchesWithin(prefix + value, windows)) {
            if (match.start() >= prefix.length()) {
                matches.add(match.at(match.start() - prefix.length(), match.end() - prefix.length()));
            }
        }
        return matches;
    }

    /**
     * The search windows of each rule (null: not triggered), from the keyword hits in {@code keywordText} that start
     * before {@code hitsBefore}, for a text of {@code textLength} characters.
     */
    private SearchWindows[] windowsOf(String keywordText, int hitsBefore, int textLength) {
        SearchWindows[] windows = new SearchWindows[rules.size()];
        keywordAutomaton.parseText(lowerCase(keywordText), emit -> {
            if (emit.getStart() < hitsBefore) {
                for (int i : ruleIndexesByKeyword.get(emit.getKeyword())) {
                    if (windows[i] == null) {
                        windows[i] = new SearchWindows(rules.get(i).maxLength(), textLength);
                    }
                    windows[i].addHit(emit.getStart(), emit.getEnd() + 1);
                }
            }
            return true;
        });
        return windows;
    }

    private List<SecretMatch> matchesWithin(String text, SearchWindows[] windows) {
        List<SecretMatch> matches = new ArrayList<>();
        for (int i = 0; i < windows.length; i++) {
            if (windows[i] != null) {
                TextSecretRule rule = rules.get(i);
                for (SearchWindows.Region region : windows[i].regions()) {
                    matches.addAll(rule.findIn(text, region.start(), region.end()));
                }
            }
        }
        return matches;
    }

    /** The text lower-cased one character at a time, so that every offset stays where it was. */
    private static String lowerCase(String text) {
        char[] chars = new char[text.length()];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(text.charAt(i));
        }
        return new String(chars);
    }
}
