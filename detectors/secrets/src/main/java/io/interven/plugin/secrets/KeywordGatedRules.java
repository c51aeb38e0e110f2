package io.interven.plugin.secrets;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.ahocorasick.trie.Trie;

/**
 * The fast path: one Aho-Corasick automaton over the keywords of all rules, run once over the lower-cased text;
 * only the rules whose keywords occur then run their regular expressions, each over the whole text (a window
 * around the keyword would save little, since a rule's regex is anchored by the same literal, and would miss
 * secrets whose keyword sits further away, as in {@code aws_secret_access_key = ...}).
 */
final class KeywordGatedRules {
    private final List<TextSecretRule> rules;
    private final Map<String, List<TextSecretRule>> rulesByKeyword;
    private final Trie keywordAutomaton;

    KeywordGatedRules(Collection<? extends TextSecretRule> rules) {
        this.rules = List.copyOf(rules);
        Map<String, List<TextSecretRule>> byKeyword = new LinkedHashMap<>();
        for (TextSecretRule rule : this.rules) {
            if (rule.keywords().isEmpty()) {
                throw new IllegalArgumentException("rule " + rule.id() + " has no keywords");
            }
            for (String keyword : rule.keywords()) {
                byKeyword.computeIfAbsent(keyword, k -> new ArrayList<>()).add(rule);
            }
        }
        this.rulesByKeyword = byKeyword;
        this.keywordAutomaton = Trie.builder().addKeywords(byKeyword.keySet()).build();
    }

    /** The rules whose keywords occur in {@code text}, in rule order. */
    List<TextSecretRule> triggeredBy(String text) {
        Set<String> hits = new LinkedHashSet<>();
        keywordAutomaton.parseText(text.toLowerCase(Locale.ROOT), emit -> {
            hits.add(emit.getKeyword());
            return true;
        });
        if (hits.isEmpty()) {
            return List.of();
        }
        Set<TextSecretRule> triggered = new LinkedHashSet<>();
        for (String keyword : hits) {
            triggered.addAll(rulesByKeyword.get(keyword));
        }
        return rules.stream().filter(triggered::contains).toList();
    }

    /** Every match of every triggered rule, overlaps not yet resolved. */
    List<SecretMatch> findIn(String text) {
        List<SecretMatch> matches = new ArrayList<>();
        for (TextSecretRule rule : triggeredBy(text)) {
            matches.addAll(rule.findIn(text));
        }
        return matches;
    }
}
