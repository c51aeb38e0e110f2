package io.interven.plugin.pii;

import java.util.ArrayList;
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
    /** For each lower-case first letter, the cues (lower case) that start with it; null when none. */
    private final String[][] byFirst = new String[ASCII][];

    private ProseCues(List<String> cues) {
        List<List<String>> grouped = new ArrayList<>();
        for (int i = 0; i < ASCII; i++) {
            grouped.add(null);
        }
        for (String cue : cues) {
            String lower = cue.toLowerCase(Locale.ROOT);
            char first = lower.charAt(0);
            if (first >= ASCII || !Character.isLetter(first)) {
                throw new IllegalArgumentException("a cue starts with an ASCII letter");
            }
            if (grouped.get(first) == null) {
                grouped.set(first, new ArrayList<>());
            }
            grouped.get(first).add(lower);
        }
        for (int i = 0; i < ASCII; i++) {
            if (grouped.get(i) != null) {
                // longest first, so that "date of birth" wins over "date"
                byFirst[i] = grouped.get(i).stream()
                        .sorted((a, b) -> Integer.compare(b.length(), a.length())).toArray(String[]::new);
            }
        }
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
        int n = text.length();
        int start = Math.max(from, 0);
        boolean afterLetter = start > 0 && start <= n && Character.isLetter(text.charAt(start - 1));
        for (int i = start; i < n; i++) {
            char c = text.charAt(i);
            boolean letter;
            if (c < ASCII) {
                char lower = (char) (c | 0x20);
                letter = lower >= 'a' && lower <= 'z';
                if (letter && !afterLetter && byFirst[lower] != null) {
                    Hit hit = at(text, i);
                    if (hit != null) {
                        return hit;
                    }
                }
            } else {
                letter = Character.isLetter(c);
            }
            afterLetter = letter;
        }
        return null;
    }

    /** The longest cue that starts exactly at {@code i}, or null. */
    Hit at(String text, int i) {
        int n = text.length();
        if (i < 0 || i >= n) {
            return null;
        }
        char c = text.charAt(i);
        char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        if (lower >= ASCII || byFirst[lower] == null || i > 0 && Character.isLetter(text.charAt(i - 1))) {
            return null;
        }
        for (String cue : byFirst[lower]) {
            int end = i + cue.length();
            if (text.regionMatches(true, i, cue, 0, cue.length())
                    && (end >= n || !Character.isLetter(cue.charAt(cue.length() - 1))
                    || !Character.isLetter(text.charAt(end)))) {
                return new Hit(i, end, cue);
            }
        }
        return null;
    }
}
