package io.interven.plugin.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class KeywordAutomatonTest {
    private static final String ALPHABET = "abAB_-=İi\u212Ak";

    private static String random(Random random, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return text.toString();
    }

    /** Every occurrence as {@code keyword:end}, the naive way: lower-case each character, compare at every offset. */
    private static List<String> naiveHits(List<String> keywords, String text) {
        StringBuilder lower = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            lower.append(Character.toLowerCase(text.charAt(i)));
        }
        List<String> hits = new ArrayList<>();
        for (int end = 1; end <= text.length(); end++) {
            for (int k = 0; k < keywords.size(); k++) {
                String keyword = keywords.get(k);
                if (keyword.length() <= end && lower.substring(end - keyword.length(), end).equals(keyword)) {
                    hits.add(k + ":" + end);
                }
            }
        }
        return hits;
    }

    @Test
    void findsExactlyTheOccurrencesANaiveCaseInsensitiveSearchFinds() {
        Random random = new Random(42);
        for (int round = 0; round < 300; round++) {
            List<String> keywords = new ArrayList<>();
            int count = 1 + random.nextInt(8);
            while (keywords.size() < count) {
                String keyword = random(random, 1 + random.nextInt(4)).toLowerCase(java.util.Locale.ROOT);
                if (!keywords.contains(keyword) && keyword.equals(keyword.toLowerCase(java.util.Locale.ROOT))) {
                    keywords.add(keyword);
                }
            }
            KeywordAutomaton automaton = new KeywordAutomaton(keywords);
            for (int t = 0; t < 20; t++) {
                String text = random(random, random.nextInt(40));
                List<String> hits = new ArrayList<>();
                automaton.scan(text, 0, text.length(), (keyword, end) -> hits.add(keyword + ":" + end));
                List<String> expected = naiveHits(keywords, text);
                assertThat(hits).as("%s in %s", keywords, text).containsExactlyInAnyOrderElementsOf(expected);
                assertThat(automaton.occursIn(text, 0, text.length())).isEqualTo(!expected.isEmpty());
                int state = KeywordAutomaton.start();
                for (int i = 0; i < text.length(); i++) {
                    state = automaton.step(state, text.charAt(i));
                    assertThat(automaton.depth(state)).as("%s in %s at %d", keywords, text, i)
                            .isEqualTo(naiveDepth(keywords, text.substring(0, i + 1)));
                }
            }
        }
    }

    /**
     * The length of the longest end of {@code read} that begins some keyword, each character lower-cased as the
     * automaton does: where a keyword found later can start at the earliest.
     */
    private static int naiveDepth(List<String> keywords, String read) {
        String lower = read.chars().mapToObj(c -> String.valueOf(Character.toLowerCase((char) c)))
                .collect(java.util.stream.Collectors.joining());
        for (int length = lower.length(); length > 0; length--) {
            String end = lower.substring(lower.length() - length);
            if (keywords.stream().anyMatch(keyword -> keyword.startsWith(end))) {
                return length;
            }
        }
        return 0;
    }

    @Test
    void aKeywordStartingInTheNameCountsAndOneInsideTheValueDoesNot() {
        PatternSecretRule named = TestRules.rule("acme-secret", "acme_secret",
                "(?<=(?i:acme_secret)=)[0-9a-f]{8}", "acme_secret=0f8e2d4c", "acme_secret=0f8e");
        KeywordGatedRules rules = new KeywordGatedRules(List.of(named));

        assertThat(rules.findInNamedValue("x_ACME", "_SECRET=0f8e2d4c")).isEmpty();
        assertThat(rules.findInNamedValue("ACME_SECRET", "0f8e2d4c")).hasSize(1);
        assertThat(rules.findInNamedValue("acme_secret_acme_secret", "0f8e2d4c")).hasSize(1);
        assertThat(rules.findInNamedValue("v", "acme_secret=0f8e2d4c")).isEmpty();
    }

    /** Character classes are kept as unsigned bytes: keywords over 255 distinct characters are all found. */
    @Test
    void keywordsOverTheMostDistinctCharactersAreAllFound() {
        List<String> keywords = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (int k = 0; k < (KeywordAutomaton.MAX_CLASSES - 1) / 3; k++) {
            char base = (char) (0x4E00 + 3 * k); // CJK ideographs: no case
            String keyword = "" + base + (char) (base + 1) + (char) (base + 2);
            keywords.add(keyword);
            text.append(keyword).append(' ');
        }
        KeywordAutomaton automaton = new KeywordAutomaton(keywords);
        List<String> hits = new ArrayList<>();
        String all = text.toString();

        automaton.scan(all, 0, all.length(), (keyword, end) -> hits.add(keyword + ":" + end));

        assertThat(hits).containsExactlyInAnyOrderElementsOf(naiveHits(keywords, all));
        assertThat(hits).hasSize(keywords.size());
    }

    @Test
    void refusesKeywordsOverMoreDistinctCharactersThanAByteHolds() {
        List<String> keywords = new ArrayList<>();
        for (int c = 0; c < KeywordAutomaton.MAX_CLASSES; c++) {
            keywords.add(String.valueOf((char) (0x4E00 + c)));
        }

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new KeywordAutomaton(keywords))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 255");
    }
}
