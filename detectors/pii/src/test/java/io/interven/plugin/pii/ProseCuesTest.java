package io.interven.plugin.pii;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ProseCuesTest {
    private final ProseCues cues = ProseCues.of("born", "born on", "dob", "d.o.b.", "né le", "dear");

    private List<String> all(String text) {
        List<String> found = new ArrayList<>();
        ProseCues.Hit hit;
        int from = 0;
        while ((hit = cues.next(text, from)) != null) {
            found.add(text.substring(hit.start(), hit.end()) + "=" + hit.cue());
            from = hit.end();
        }
        return found;
    }

    @Test
    void findsWholeWordsInAnyAsciiCaseTheLongestFirst() {
        assertThat(all("Born on 1 May; BORN 2; dob: x; D.O.B. y; née le z; Né le 3; (Dear"))
                .containsExactly("Born on=born on", "BORN=born", "dob=dob", "D.O.B.=d.o.b.", "Né le=né le",
                        "Dear=dear");
    }

    @Test
    void neverInsideAWord() {
        assertThat(all("reborn airborne stubborn dobby endear dearest éborn bornéo")).isEmpty();
        assertThat(all("x_born 1-dob")).containsExactly("born=born", "dob=dob");
    }

    @Test
    void readsFromAnyPositionAndAtOne() {
        String text = "reborn born";
        assertThat(cues.next(text, 2)).isEqualTo(new ProseCues.Hit(7, 11, "born"));
        assertThat(cues.at(text, 2)).isNull();
        assertThat(cues.at(text, 7)).isEqualTo(new ProseCues.Hit(7, 11, "born"));
        assertThat(cues.next(text, 99)).isNull();
    }

    /**
     * The cue comparison agrees with {@code String.regionMatches(ignoreCase)} on random texts made of the cues' letters
     * in both cases and of characters whose case folds onto an ASCII letter (Kelvin sign, long s, dotted capital I).
     */
    @Test
    void comparesCasesAsRegionMatchesDoes() {
        String[] words = {"born", "born on", "dob", "d.o.b.", "né le", "dear", "kelvin", "sis", "iris", "mr", "mrs",
            "mrs."};
        ProseCues wide = ProseCues.of(words);
        String separators = " .-,\u00e9\u00c9l";
        Random random = new Random(7);
        int found = 0;
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int k = 0, n = 1 + random.nextInt(4); k < n; k++) {
                for (char c : words[random.nextInt(words.length)].toCharArray()) {
                    text.append(variant(c, random));
                }
                text.append(separators.charAt(random.nextInt(separators.length())));
            }
            String t = text.toString();
            for (int i = 0; i < t.length(); i++) {
                ProseCues.Hit hit = wide.at(t, i);
                assertThat(hit).as("%s at %d", t, i).isEqualTo(byRegionMatches(words, t, i));
                found += hit == null ? 0 : 1;
            }
        }
        assertThat(found).isGreaterThan(1_000);
    }

    /**
     * A word start is passed over when its third character continues no cue of its first two, except where a cue
     * has only two characters, or a third outside ASCII that an ASCII letter matches ignoring case ({@code I} and
     * {@code ı}, as {@code regionMatches} compares them).
     */
    @Test
    void aThirdCharacterRulesOutOnlyWhatNoCueCouldGoOnWith() {
        ProseCues wide = ProseCues.of("mr", "mrs", "st\u0131ll");

        assertThat(wide.at("Mr. Smith", 0)).isEqualTo(new ProseCues.Hit(0, 2, "mr"));
        assertThat(wide.at("MRS Smith", 0)).isEqualTo(new ProseCues.Hit(0, 3, "mrs"));
        assertThat("STILL here".regionMatches(true, 0, "st\u0131ll", 0, 5)).isTrue();
        assertThat(wide.at("STILL here", 0)).isEqualTo(new ProseCues.Hit(0, 5, "st\u0131ll"));
        assertThat(wide.at("stall", 0)).isNull();
        assertThat(wide.at("stop", 0)).isNull();
    }

    /** {@code c}, its upper case, or a character whose case folds onto it ({@code K}, {@code ſ}, {@code İ}, {@code ı}). */
    private static char variant(char c, Random random) {
        int pick = random.nextInt(6);
        if (pick == 0) {
            return Character.toUpperCase(c);
        }
        if (pick == 1) {
            switch (c) {
                case 'k': return '\u212a';
                case 's': return '\u017f';
                case 'i': return random.nextBoolean() ? '\u0130' : '\u0131';
                default: return c;
            }
        }
        return c;
    }

    /** What {@link ProseCues#at} answered when it compared with {@code regionMatches}. */
    private static ProseCues.Hit byRegionMatches(String[] words, String text, int i) {
        if (i + 1 >= text.length() || i > 0 && Character.isLetter(text.charAt(i - 1))) {
            return null;
        }
        List<String> longestFirst = new ArrayList<>(List.of(words));
        longestFirst.sort((a, b) -> Integer.compare(b.length(), a.length()));
        char first = text.charAt(i);
        char lowerFirst = first >= 'A' && first <= 'Z' ? (char) (first + 32) : first;
        for (String cue : longestFirst) {
            int end = i + cue.length();
            // the cue's bucket: its first letter and its second character, ASCII lower-cased
            if (cue.charAt(0) != lowerFirst || !sameBucket(cue.charAt(1), text.charAt(i + 1))) {
                continue;
            }
            if (text.regionMatches(true, i, cue, 0, cue.length())
                    && (end >= text.length() || !Character.isLetter(cue.charAt(cue.length() - 1))
                    || !Character.isLetter(text.charAt(end)))) {
                return new ProseCues.Hit(i, end, cue);
            }
        }
        return null;
    }

    private static boolean sameBucket(char cueSecond, char textSecond) {
        char lower = textSecond >= 'A' && textSecond <= 'Z' ? (char) (textSecond + 32) : textSecond;
        boolean cueLetter = cueSecond >= 'a' && cueSecond <= 'z';
        boolean textLetter = lower >= 'a' && lower <= 'z';
        return cueLetter ? lower == cueSecond : !textLetter;
    }
}
