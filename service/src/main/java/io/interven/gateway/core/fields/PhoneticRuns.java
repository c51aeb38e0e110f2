package io.interven.gateway.core.fields;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Values spelled in the phonetic alphabet (ICAO/NATO), as a model asked to read a key out writes it: {@code alfa
 * kilo india alfa zulu seven quebec whiskey …}, {@code Golf-Hotel-Papa underscore Romeo eight …}, with digit words or
 * digits, and {@code underscore}, {@code dash}/{@code hyphen}, {@code dot}, {@code at} and {@code slash} for those
 * characters. The alphabet has no letter case: where no word gives one, the run is read twice, in capitals (an AWS key
 * id) and in small letters (a token of mixed case, found as its shape), a reading a line; where {@code capital}
 * ({@code uppercase}, {@code upper}) and {@code small} ({@code lowercase}, {@code lower}) stand before letters, each
 * letter is read in the case given before it, small letters where none is. A run counts with at least
 * {@value #MIN_LETTERS} letter words of at least three kinds and {@value #MIN_CHARACTERS} characters in all, the words
 * at most {@value #MAX_GAP} characters apart (spaces, commas, dashes, slashes, dots), so prose that names a hotel and a
 * golf course is left alone. One pass; a word is looked up only when its first two letters and length fit a word of
 * the alphabet.
 */
final class PhoneticRuns {
    static final int MIN_LETTERS = 3;
    static final int MIN_CHARACTERS = 8;
    private static final int MAX_GAP = 3;
    private static final int MAX_WORD = 10;
    private static final String[] WORDS = {
        "alfa:a", "alpha:a", "bravo:b", "charlie:c", "delta:d", "echo:e", "foxtrot:f", "golf:g", "hotel:h", "india:i",
        "juliett:j", "juliet:j", "kilo:k", "lima:l", "mike:m", "november:n", "oscar:o", "papa:p", "quebec:q",
        "romeo:r", "sierra:s", "tango:t", "uniform:u", "victor:v", "whiskey:w", "whisky:w", "xray:x", "yankee:y",
        "zulu:z", "zero:0", "one:1", "two:2", "three:3", "four:4", "five:5", "six:6", "seven:7", "eight:8", "nine:9",
        "niner:9", "underscore:_", "dash:-", "hyphen:-", "dot:.", "period:.", "at:@", "slash:/",
        "capital:^", "uppercase:^", "upper:^", "small:~", "lowercase:~", "lower:~",
    };
    private static final char UPPER = '^';
    private static final char LOWER = '~';
    private static final long[] PACKED;
    private static final char[] VALUES;
    /** Whether a word of the alphabet has these first two letters and length. */
    private static final boolean[] HEADS = new boolean[26 * 26 * (MAX_WORD + 1)];
    /**
     * Each character's number in {@link #STARTS}, read at {@code min(c, 256)}: a letter's place in the alphabet (1 to
     * 26) in either case, else 0.
     */
    private static final byte[] LETTER_NUMBERS = new byte[257];
    /**
     * Whether a letter word or a case word begins with these three letters: {@code STARTS[first << 10 | second << 5 |
     * third]}, each a {@link #LETTER_NUMBERS} number.
     */
    private static final boolean[] STARTS = new boolean[1 << 15];

    static {
        long[][] entries = new long[WORDS.length][];
        for (int k = 0; k < WORDS.length; k++) {
            String word = WORDS[k].substring(0, WORDS[k].indexOf(':'));
            entries[k] = new long[] {packed(word, 0, word.length()), WORDS[k].charAt(WORDS[k].length() - 1)};
            HEADS[head(word, 0, word.length())] = true;
        }
        for (char c = 'a'; c <= 'z'; c++) {
            LETTER_NUMBERS[c] = (byte) (c - 'a' + 1);
            LETTER_NUMBERS[c - 32] = (byte) (c - 'a' + 1);
        }
        for (String entry : WORDS) {
            char value = entry.charAt(entry.length() - 1);
            if (isLetterValue(value) || value == UPPER || value == LOWER) {
                STARTS[LETTER_NUMBERS[entry.charAt(0)] << 10 | LETTER_NUMBERS[entry.charAt(1)] << 5
                        | LETTER_NUMBERS[entry.charAt(2)]] = true;
            }
        }
        Arrays.sort(entries, (a, b) -> Long.compare(a[0], b[0]));
        PACKED = new long[entries.length];
        VALUES = new char[entries.length];
        for (int k = 0; k < entries.length; k++) {
            PACKED[k] = entries[k][0];
            VALUES[k] = (char) entries[k][1];
        }
    }

    private PhoneticRuns() {
    }

    /**
     * Whether a letter word of the alphabet stands right after another, or after a case word ({@code capital alfa}).
     * Only the words that begin as those do are looked up ({@link #nextStart}), about one word in sixty of the corpus.
     */
    static boolean mayHold(String text) {
        int previousEnd = -MAX_GAP - 2;
        int start = nextStart(text, 0);
        while (start >= 0) {
            int end = wordEnd(text, start);
            int length = end - start;
            // a letter word is 4 to 8 letters long, a case word 5 to 9
            char value = length < 4 || length > 9 ? 0 : valueOf(text, start, end);
            if (isLetterValue(value) || value == UPPER || value == LOWER) {
                if (isLetterValue(value) && start - previousEnd <= MAX_GAP && isGap(text, previousEnd, start)) {
                    return true;
                }
                previousEnd = end;
            }
            start = nextStart(text, end);
        }
        return false;
    }

    /**
     * Where the next word from {@code from} on begins whose first three letters are those of a letter or case word,
     * or -1. Each character costs a shift and two table reads: the numbers of the last four characters are kept, five
     * bits each, and {@link #STARTS} tells whether the last three begin such a word; the fourth must be a non-letter.
     * What stands before {@code from} counts as a non-letter: nothing does at the text's start, and otherwise {@code
     * from} is a word's end, a non-letter itself, so a word after it is found all the same. The loop is a method of its
     * own: with the lookups inlined into it, the compiled loop took twice as long.
     */
    private static int nextStart(String text, int from) {
        int window = 0;
        for (int i = from; i < text.length(); i++) {
            window = window << 5 | LETTER_NUMBERS[Math.min(text.charAt(i), 256)];
            if (STARTS[window & 0x7FFF] && (window & 31 << 15) == 0) {
                return i - 2;
            }
        }
        return -1;
    }

    static List<SpelledRuns.Run> in(String text) {
        List<SpelledRuns.Run> runs = List.of();
        int n = text.length();
        Reading reading = null;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!isLetter(c) && !(c >= '0' && c <= '9')) {
                i++;
                continue;
            }
            int end = isLetter(c) ? wordEnd(text, i) : i + 1;
            char value = isLetter(c) ? valueOf(text, i, end) : c;
            boolean joins = reading != null && i - reading.end <= MAX_GAP && isGap(text, reading.end, i);
            if (reading != null && (value == 0 || !joins)) {
                runs = reading.addTo(runs);
                reading = null;
            }
            if (value != 0) {
                if (reading == null) {
                    reading = new Reading();
                }
                reading.word(i, end, value);
            }
            i = end;
        }
        return reading == null ? runs : reading.addTo(runs);
    }

    /** A run being read: each character with where its word stands, and the case words before them. */
    private static final class Reading {
        private final List<int[]> pieces = new ArrayList<>();
        private final StringBuilder upper = new StringBuilder();
        private final StringBuilder lower = new StringBuilder();
        private final StringBuilder marked = new StringBuilder();
        private int letters;
        private final boolean[] kinds = new boolean[26];
        private int kindCount;
        private boolean caseGiven;
        private char nextCase;
        private int start = -1;
        private int end;

        void word(int wordStart, int wordEnd, char value) {
            start = start < 0 ? wordStart : start;
            end = wordEnd;
            if (value == UPPER || value == LOWER) {
                caseGiven = true;
                nextCase = value;
                return;
            }
            pieces.add(new int[] {wordStart, wordEnd, upper.length()});
            boolean letter = value >= 'a' && value <= 'z';
            if (letter) {
                letters++;
                if (!kinds[value - 'a']) {
                    kinds[value - 'a'] = true;
                    kindCount++;
                }
            }
            upper.append(letter ? (char) (value - 32) : value);
            lower.append(value);
            marked.append(letter && nextCase == UPPER ? (char) (value - 32) : value);
            nextCase = 0;
        }

        List<SpelledRuns.Run> addTo(List<SpelledRuns.Run> runs) {
            if (letters < MIN_LETTERS || kindCount < 3 || upper.length() < MIN_CHARACTERS) {
                return runs;
            }
            List<SpelledRuns.Run> more = runs.isEmpty() ? new ArrayList<>() : runs;
            int first = pieces.get(0)[0];
            if (caseGiven) {
                more.add(new SpelledRuns.Run(first, end, marked.toString(), PieceOffsets.of(pieces, marked.length())));
            } else {
                // both readings span the whole run: whichever holds a value, the run is written back as its marker
                int length = end - first;
                more.add(new SpelledRuns.Run(first, end, upper + "\n" + lower, new int[] {0, length, 0, length},
                        PieceOffsets.of(pieces, upper.length())));
            }
            return more;
        }
    }

    private static boolean isLetterValue(char value) {
        return value >= 'a' && value <= 'z';
    }

    /** What the word {@code [start, end)} stands for, or 0 when it is no word of the alphabet. */
    private static char valueOf(String text, int start, int end) {
        int length = end - start;
        if (length < 2 || length > MAX_WORD || !HEADS[head(text, start, end)]) {
            return 0;
        }
        int at = Arrays.binarySearch(PACKED, packed(text, start, end));
        return at < 0 ? 0 : VALUES[at];
    }

    /** The first two letters (case folded) and the length, as an index of {@link #HEADS}. */
    private static int head(String text, int start, int end) {
        int first = (text.charAt(start) | 0x20) - 'a';
        int second = (text.charAt(start + 1) | 0x20) - 'a';
        if (first < 0 || first > 25 || second < 0 || second > 25) {
            return 0;
        }
        return (first * 26 + second) * (MAX_WORD + 1) + Math.min(end - start, MAX_WORD);
    }

    /** The word's letters, case folded, five bits each. */
    private static long packed(String text, int start, int end) {
        long packed = 0;
        for (int k = start; k < end; k++) {
            packed = packed << 5 | ((text.charAt(k) | 0x20) - 'a' + 1);
        }
        return packed;
    }

    /** Spaces, commas, dashes, slashes or dots between two words; one line break at most. */
    private static boolean isGap(String text, int from, int to) {
        if (from < 0) {
            return false;
        }
        int breaks = 0;
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c == '\n') {
                breaks++;
            } else if (c != ' ' && c != ',' && c != '-' && c != '/' && c != '.' && c != '\t' && c != '\r') {
                return false;
            }
        }
        return breaks <= 1;
    }

    private static int wordEnd(String text, int start) {
        int end = start;
        while (end < text.length() && isLetter(text.charAt(end))) {
            end++;
        }
        return end;
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
