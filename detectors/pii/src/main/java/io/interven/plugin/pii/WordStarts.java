package io.interven.plugin.pii;

import java.util.List;
import java.util.Locale;

/**
 * Where one of a list of context words may begin in a text ({@link ContextWords}' expression: ASCII case-insensitive,
 * not right after an ASCII letter): a letter after a non-letter, whose first two characters, ASCII lower-cased,
 * begin one of the words. A word whose second character is a space (written as any separator, or none) or outside
 * ASCII, or that has one character, lets any second character through. A word that starts with a character outside
 * ASCII ({@code 身份证}) may begin where that character stands; one that starts with an ASCII character other than a
 * letter, anywhere.
 */
final class WordStarts implements CandidateStarts {
    private static final int ASCII = 128;
    /** For each lower-case first letter, the second characters that may follow it; null when none. */
    private final boolean[][] seconds = new boolean[ASCII][];
    /** First letters after which any second character may follow. */
    private final boolean[] anySecond = new boolean[ASCII];
    /** The first characters outside ASCII of words that start with one. */
    private final String otherFirsts;
    /** A word that starts with an ASCII character other than a letter: every position may begin a match. */
    private final boolean everywhere;

    WordStarts(List<String> words) {
        boolean all = false;
        StringBuilder others = new StringBuilder();
        for (String word : words) {
            String lower = word.toLowerCase(Locale.ROOT); // as ContextWords writes the word into its expression
            char first = lower.isEmpty() ? 0 : lower.charAt(0);
            if (first >= ASCII) {
                if (others.indexOf(String.valueOf(first)) < 0) {
                    others.append(first);
                }
                continue;
            }
            if (!(first >= 'a' && first <= 'z')) {
                all = true;
                continue;
            }
            char second = lower.length() > 1 ? lower.charAt(1) : ' ';
            if (second != ' ' && second < ASCII) {
                if (seconds[first] == null) {
                    seconds[first] = new boolean[ASCII];
                }
                seconds[first][second] = true;
            } else {
                anySecond[first] = true;
            }
        }
        this.otherFirsts = others.toString();
        this.everywhere = all;
    }

    @Override
    public int next(String text, int from) {
        int n = text.length();
        if (everywhere) {
            return from < n ? from : -1;
        }
        boolean others = !otherFirsts.isEmpty();
        for (int i = Math.max(from, 0); i < n; i++) {
            char c = lower(text.charAt(i));
            if (c >= 'a' && c <= 'z' && (i == 0 || !isLetter(text.charAt(i - 1))) && mayBegin(c, text, i)) {
                return i;
            }
            if (others && c >= ASCII && otherFirsts.indexOf(c) >= 0 && (i == 0 || !isLetter(text.charAt(i - 1)))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether one of the words may begin at {@code i} whatever stands before it (a search confined to a region
     * that starts at {@code i} does not look behind it).
     */
    boolean mayBeginAt(String text, int i) {
        if (everywhere) {
            return true;
        }
        char c = lower(text.charAt(i));
        if (c >= ASCII) {
            return otherFirsts.indexOf(c) >= 0;
        }
        return c >= 'a' && c <= 'z' && mayBegin(c, text, i);
    }

    private boolean mayBegin(char first, String text, int i) {
        if (anySecond[first]) {
            return true;
        }
        boolean[] allowed = seconds[first];
        if (allowed == null || i + 1 >= text.length()) {
            return false;
        }
        char second = lower(text.charAt(i + 1));
        return second < ASCII && allowed[second];
    }

    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    private static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
