package io.interven.plugin.secrets;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The long tail of providers ({@code providers.tsv}) as one rule: one automaton over the names of every provider,
 * and at each name found, {@link ProviderAssignment} reads the assignment it starts ({@code OKTA_TOKEN=...},
 * {@code "zenrows_api_key": "..."}, {@code weatherbit secret: ...}). The value must fit the provider's
 * {@link TokenShape}, reach its entropy floor and be a plausible secret ({@link GenericSecretValue#isPlausible}).
 * A provider's name alone, in prose or in a name that does not announce a secret ({@code adzuna_app_id}), finds
 * nothing.
 */
final class ProviderKeywordRule implements TextSecretRule {
    static final String ID = "provider-key-by-name";
    private final List<ProviderEntry> entries;
    private final List<String> keywords;
    private final int[] entryOfKeyword;
    private final KeywordAutomaton automaton;
    private final int maxLength;
    private final int longestKeyword;

    ProviderKeywordRule(List<ProviderEntry> entries) {
        this.entries = List.copyOf(entries);
        List<String> allKeywords = new ArrayList<>();
        List<Integer> owners = new ArrayList<>();
        Map<String, String> ownerOf = new HashMap<>();
        int longest = 0;
        int longestName = 0;
        for (int e = 0; e < this.entries.size(); e++) {
            ProviderEntry entry = this.entries.get(e);
            for (String keyword : entry.keywords()) {
                String earlier = ownerOf.putIfAbsent(keyword, entry.id());
                if (earlier != null) {
                    throw new IllegalArgumentException("keyword '" + keyword + "' of " + entry.id()
                            + " is already a keyword of " + earlier);
                }
                allKeywords.add(keyword);
                longestName = Math.max(longestName, keyword.length());
                owners.add(e);
                longest = Math.max(longest, keyword.length() + ProviderAssignment.LONGEST_CONTEXT
                        + entry.shape().longest());
            }
        }
        this.keywords = List.copyOf(allKeywords);
        this.entryOfKeyword = owners.stream().mapToInt(Integer::intValue).toArray();
        this.automaton = new KeywordAutomaton(this.keywords);
        this.maxLength = Math.max(longest, 8);
        this.longestKeyword = longestName;
    }

    List<ProviderEntry> entries() {
        return entries;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<String> keywords() {
        return keywords;
    }

    @Override
    public int maxLength() {
        return maxLength;
    }

    @Override
    public List<SecretMatch> findIn(String text, int from, int to) {
        Found found = new Found();
        int state = KeywordAutomaton.start();
        for (int i = from; i < to; i++) {
            state = automaton.step(state, text.charAt(i));
            int[] hits = automaton.hitsOf(state);
            if (hits != null) {
                for (int k : hits) {
                    int start = i + 1 - automaton.keywordLength(k);
                    if (start >= from) {
                        tryKeyword(text, k, start, to, found);
                    }
                }
            }
        }
        return found.matches;
    }

    /**
     * The matches {@link #findIn(String, int, int)} finds in the windows {@code [regions[r], regions[r + 1])}, tried
     * only at the keyword hits {@code starts} (ascending, each inside one window): every match of this rule starts with
     * one of its keywords.
     */
    void findAt(String text, int[] regions, int[] starts, List<SecretMatch> matches) {
        Found found = new Found();
        int r = 0;
        int previous = -1;
        for (int at : starts) {
            if (at == previous) {
                continue;
            }
            previous = at;
            while (r + 2 < regions.length && regions[r + 1] <= at) {
                r += 2;
            }
            int to = regions[r + 1];
            int state = KeywordAutomaton.start();
            for (int i = at; i < to && i - at < longestKeyword; i++) {
                state = automaton.step(state, text.charAt(i));
                int[] hits = automaton.hitsOf(state);
                if (hits != null) {
                    for (int k : hits) {
                        if (i + 1 - automaton.keywordLength(k) == at) {
                            tryKeyword(text, k, at, to, found);
                        }
                    }
                }
            }
        }
        matches.addAll(found.matches);
    }

    /** The value that keyword {@code k}, found at {@code start}, is assigned, when it is one of its provider's. */
    private void tryKeyword(String text, int k, int start, int to, Found found) {
        int length = automaton.keywordLength(k);
        ProviderEntry entry = entries.get(entryOfKeyword[k]);
        long span = ProviderAssignment.valueAfter(text, start, start + length, to, entry);
        if (span >= 0) {
            found.add(new SecretMatch(entry.ruleId(), entry.entityType(), entry.issuerDomains(), (int) (span >>> 32),
                    (int) span, ProviderEntry.CONFIDENCE), length);
        }
    }

    /**
     * The matches found so far. Two providers' names can end in one value ({@code mailboxlayer} holds {@code box}):
     * the longer name wins.
     */
    private static final class Found {
        final List<SecretMatch> matches = new ArrayList<>(2);
        int[] keywordLengths = new int[0];

        void add(SecretMatch match, int keywordLength) {
            int same = indexOfSpan(matches, match.start(), match.end());
            if (same >= 0) {
                if (keywordLengths[same] >= keywordLength) {
                    return;
                }
                matches.remove(same);
                keywordLengths = removeAt(keywordLengths, same);
            }
            matches.add(match);
            keywordLengths = append(keywordLengths, keywordLength);
        }
    }

    private static int indexOfSpan(List<SecretMatch> matches, int start, int end) {
        for (int m = 0; m < matches.size(); m++) {
            if (matches.get(m).start() == start && matches.get(m).end() == end) {
                return m;
            }
        }
        return -1;
    }

    private static int[] append(int[] array, int value) {
        int[] longer = java.util.Arrays.copyOf(array, array.length + 1);
        longer[array.length] = value;
        return longer;
    }

    private static int[] removeAt(int[] array, int index) {
        int[] shorter = new int[array.length - 1];
        System.arraycopy(array, 0, shorter, 0, index);
        System.arraycopy(array, index + 1, shorter, index, array.length - index - 1);
        return shorter;
    }
}
