package io.interven.plugin.pii;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Where the cue words of a prose recognizer ({@code born on}, {@code Dear}, {@code Name:}) occur in a text: ASCII
 * case-insensitive, as whole words (no letter right before or, for a cue ending in a letter, right after). One pass
 * over the text: a position is tried only when its character may begin a cue and no letter stands before it, so a
 * text without cues costs a look at each character. A cue is matched literally, one space standing for one space.
 */
final class ProseCues {
    private static final int ASCII = 128;
    private static final int LETTERS = 26;
    /** The bucket of a second character that is not an ASCII letter ({@code d.o.b.}, {@code né le}). */
    private static final int OTHER = LETTERS;
    /**
     * For each lower-case first letter and second character (its letter, or {@link #OTHER}), the cues (lower case,
     * longest first) that start so; null when none. Most word starts find no list, and so cost no comparison.
     */
    private final String[][] byFirstTwo = new String[LETTERS * (LETTERS + 1)][];
    /**
     * By bucket of {@link #byFirstTwo} and ASCII character (lower case): whether a cue of the bucket may go on with
     * that third character. A bucket with a cue of two characters, or with a cue whose third character is outside
     * ASCII (which some ASCII letters match ignoring case, as {@code I} matches {@code ı}), allows every one.
     */
    private final boolean[] thirdCharacters = new boolean[LETTERS * (LETTERS + 1) * ASCII];
    /** Whether any cue starts with the letter: the first, cheapest test. */
    private final boolean[] firstLetters = new boolean[ASCII];
    /** The ASCII characters that occur in some cue, in either case. */
    private final boolean[] cueCharacters = new boolean[ASCII];

    private ProseCues(List<String> cues) {
        List<List<String>> grouped = new ArrayList<>();
        for (int i = 0; i < byFirstTwo.length; i++) {
            grouped.add(null);
        }
        for (String cue : cues) {
            String lower = cue.toLowerCase(Locale.ROOT);
            char first = lower.charAt(0);
            if (first < 'a' || first > 'z' || lower.length() < 2) {
                throw new IllegalArgumentException("a cue starts with an ASCII letter and has two characters");
            }
            firstLetters[first] = true;
            for (int k = 0; k < lower.length(); k++) {
                char c = lower.charAt(k);
                if (c < ASCII) {
                    cueCharacters[c] = true;
                    cueCharacters[Character.toUpperCase(c)] = true;
                }
            }
            int bucket = bucket(first, lower.charAt(1));
            if (grouped.get(bucket) == null) {
                grouped.set(bucket, new ArrayList<>());
            }
            grouped.get(bucket).add(lower);
            char third = lower.length() > 2 ? lower.charAt(2) : ASCII;
            if (third < ASCII) {
                thirdCharacters[bucket * ASCII + third] = true;
                thirdCharacters[bucket * ASCII + Character.toUpperCase(third)] = true;
            } else {
                Arrays.fill(thirdCharacters, bucket * ASCII, (bucket + 1) * ASCII, true);
            }
        }
        for (int i = 0; i < byFirstTwo.length; i++) {
            if (grouped.get(i) != null) {
                // longest first, so that "born on" wins over "born"
                byFirstTwo[i] = grouped.get(i).stream()
                        .sorted((a, b) -> Integer.compare(b.length(), a.length())).toArray(String[]::new);
            }
        }
    }

    private static int bucket(char lowerFirst, char second) {
        char lower = asciiLower(second);
        int column = lower >= 'a' && lower <= 'z' ? lower - 'a' : OTHER;
        return (lowerFirst - 'a') * (LETTERS + 1) + column;
    }

    static ProseCues of(String... cues) {
        return new ProseCues(List.of(cues));
    }

    /** A cue found: where it starts and ends, and which cue it is (lower case). */
    record Hit(int start, int end, String cue) {
    }

    /**
     * The first cue that starts at or after {@code from}, or null. Whether the character before a position is a
     * letter is carried along, so that most characters cost one comparison.
     */
    Hit next(String text, int from) {
        return next(text, from, text.length());
    }

    /** The first cue that starts in {@code [from, to)}, or null. */
    Hit next(String text, int from, int to) {
        int n = Math.min(text.length(), to);
        int start = Math.max(from, 0);
        boolean afterLetter = start > 0 && start <= n && Character.isLetter(text.charAt(start - 1));
        for (int i = start; i < n; i++) {
            char c = text.charAt(i);
            if (c >= ASCII) {
                afterLetter = Character.isLetter(c);
                continue;
            }
            int lower = c | 0x20;
            if (lower < 'a' || lower > 'z') {
                afterLetter = false;
            } else if (!afterLetter) {
                afterLetter = true;
                if (firstLetters[lower]) {
                    Hit hit = at(text, i);
                    if (hit != null) {
                        return hit;
                    }
                }
            }
        }
        return null;
    }

    /**
     * Whether no cue can hold {@code c}: an ASCII character that is not a letter and occurs in no cue (a digit, a
     * line break, a comma). No cue found by {@link #next} spans such a character, so a search may begin right after
     * one as if every cue before it had been read.
     */
    boolean separates(char c) {
        return c < ASCII && !cueCharacters[c] && !Character.isLetter(c);
    }

    /** The longest cue that starts exactly at {@code i}, or null. */
    Hit at(String text, int i) {
        int n = text.length();
        if (i < 0 || i + 1 >= n) {
            return null;
        }
        char c = text.charAt(i);
        char lower = asciiLower(c);
        if (lower >= ASCII || !firstLetters[lower] || i > 0 && Character.isLetter(text.charAt(i - 1))) {
            return null;
        }
        int bucket = bucket(lower, text.charAt(i + 1));
        String[] candidates = byFirstTwo[bucket];
        if (candidates == null) {
            return null;
        }
        if (i + 2 < n) {
            char third = text.charAt(i + 2);
            if (third < ASCII && !thirdCharacters[bucket * ASCII + third]) {
                return null; // the word goes on as no cue of the bucket does ("the", "data", "get")
            }
        }
        for (String cue : candidates) {
            int end = i + cue.length();
            if (end <= n && standsAt(text, i, cue)
                    && (end >= n || !Character.isLetter(cue.charAt(cue.length() - 1))
                    || !Character.isLetter(text.charAt(end)))) {
                return new Hit(i, end, cue);
            }
        }
        return null;
    }

    /**
     * {@code text.regionMatches(true, i, cue, 0, cue.length())} for a cue that fits at {@code i}, without its calls
     * per character for ASCII pairs: two ASCII characters are equal ignoring case exactly when they are equal after
     * ASCII lower-casing; any other pair is compared by the same rule as {@code regionMatches} (upper case, then the
     * lower case of that), so that a {@code K} (Kelvin sign) still reads as a {@code k}.
     */
    private static boolean standsAt(String text, int i, String cue) {
        for (int k = 0; k < cue.length(); k++) {
            char t = text.charAt(i + k);
            char c = cue.charAt(k);
            if (t == c) {
                continue;
            }
            if (t < ASCII && c < ASCII) {
                if (asciiLower(t) != c) { // cues are lower case
                    return false;
                }
                continue;
            }
            char upperT = Character.toUpperCase(t);
            char upperC = Character.toUpperCase(c);
            if (upperT != upperC && Character.toLowerCase(upperT) != Character.toLowerCase(upperC)) {
                return false;
            }
        }
        return true;
    }

    private static char asciiLower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
}
