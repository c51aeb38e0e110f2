package io.interven.gateway.core.fields;

import java.util.ArrayList;
import java.util.List;

/**
 * Numbers written digit by digit in words, to get past a filter that looks for digits: {@code four five three nine
 * one four eight eight ...}, {@code Four-Five-Three-Nine}, words mixed with groups of digits ({@code four five three
 * nine 1488 0343 6467}), and {@code dash} or {@code hyphen} for a dash ({@code five three six dash two two dash ...}).
 * Each run is read back as the number it spells ({@code 4539148803436467}, {@code 536-22-8714}; where commas or dashes
 * group the words and spaces part the rest, the groups are kept: {@code 415-892-3456}), to be scanned beside the
 * text as written. A run counts only with at least {@value #MIN_WORDS} digit words and {@value #MIN_DIGITS}
 * digits in all, so that prose that counts ({@code one, two, three}) or mentions a number or two is left alone.
 * Digit words of English, Spanish, French, German, Italian and Portuguese ({@code cuatro cinco tres nueve}, {@code
 * quatre cinq trois neuf}, {@code vier fünf drei neun}); one pass over the text.
 */
final class NumberWords {
    static final int MIN_WORDS = 3;
    static final int MIN_DIGITS = 7;
    /** The most characters between two pieces of a run: spaces, commas, dashes, dots or slashes, one line break. */
    private static final int MAX_GAP = 3;
    /** The longest group of digits written as digits inside a run. */
    private static final int MAX_GROUP = 6;
    /** The digit words of English, Spanish, French, German, Italian and Portuguese, by digit. */
    private static final String[][] DIGIT_WORDS = {
        {"zero", "cero", "zéro", "null"},
        {"one", "uno", "un", "eins", "um"},
        {"two", "dos", "deux", "zwei", "due", "dois"},
        {"three", "tres", "trois", "drei", "tre", "três"},
        {"four", "cuatro", "quatre", "vier", "quattro", "quatro"},
        {"five", "cinco", "cinq", "fünf", "funf", "cinque"},
        {"six", "seis", "sechs", "sei"},
        {"seven", "siete", "sept", "sieben", "sette", "sete"},
        {"eight", "ocho", "huit", "acht", "otto", "oito"},
        {"nine", "nueve", "neuf", "neun", "nove"},
    };
    private static final String[] DASH_WORDS = {"dash", "hyphen"};
    private static final int DASH = 10;
    private static final int NONE = -1;
    private static final int MAX_WORD = 7;
    /** Each word packed into a number ({@link #packed}), sorted, and the digit (or {@link #DASH}) of each. */
    private static final long[] WORDS;
    private static final int[] VALUES;
    /**
     * Whether any word has these first two letters and length: {@code HEADS[(first * 27 + second) * 8 + length]}, the
     * first a to z, the second a to z or 26 for a Latin-1 letter.
     */
    private static final boolean[] HEADS = new boolean[26 * 27 * (MAX_WORD + 1)];
    /**
     * Each character's number in {@link #STARTS}, read at {@code min(c, 256)}: an ASCII letter's place in the alphabet
     * (1 to 26) in either case, 27 for a Latin-1 letter, else 0.
     */
    private static final byte[] LETTER_NUMBERS = new byte[257];
    /**
     * Whether a word begins with these three letters, or is these two: {@code STARTS[first << 10 | second << 5 |
     * third]}, each a {@link #LETTER_NUMBERS} number, the third 0 for a word of two letters.
     */
    private static final boolean[] STARTS = new boolean[1 << 15];

    static {
        for (int c = 0; c < 256; c++) {
            LETTER_NUMBERS[c] = (byte) (!isLetter((char) c) ? 0 : c < 0x80 ? (c | 0x20) - 'a' + 1 : 27);
        }
        java.util.TreeMap<Long, Integer> byWord = new java.util.TreeMap<>();
        for (int d = 0; d <= DASH; d++) {
            for (String word : d == DASH ? DASH_WORDS : DIGIT_WORDS[d]) {
                byWord.put(packed(word, 0, word.length()), d);
                HEADS[head(word, 0, word.length())] = true;
                STARTS[LETTER_NUMBERS[word.charAt(0)] << 10 | LETTER_NUMBERS[word.charAt(1)] << 5
                        | (word.length() > 2 ? LETTER_NUMBERS[word.charAt(2)] : 0)] = true;
            }
        }
        WORDS = byWord.keySet().stream().mapToLong(Long::longValue).toArray();
        VALUES = byWord.values().stream().mapToInt(Integer::intValue).toArray();
    }

    private NumberWords() {
    }

    /**
     * Whether a digit word stands in the text followed by another one: one pass, no copy. Only the words that begin
     * as digit words do are looked up ({@link #nextStart}), about one word in eighty of the corpus.
     */
    static boolean mayHold(String text) {
        int previousEnd = -MAX_GAP - 2;
        int start = nextStart(text, 0);
        while (start >= 0) {
            int end = wordEnd(text, start);
            if (wordValue(text, start, end) != NONE) {
                if (start - previousEnd <= MAX_GAP && isGap(text, previousEnd, start)) {
                    return true;
                }
                previousEnd = end;
            }
            start = nextStart(text, end);
        }
        return false;
    }

    /**
     * Where the next word from {@code from} on begins whose first three letters are those of a digit word, or which
     * is one of two letters ({@code un}, {@code um}), or -1. Each character costs a shift and two table reads: the
     * numbers of the last four characters are kept, five bits each, and {@link #STARTS} tells whether the last three
     * begin such a word; the fourth must be a non-letter. What stands before {@code from} counts as a non-letter:
     * nothing does at the text's start, and otherwise {@code from} is a word's end, a non-letter itself, so a word
     * after it is found all the same. The loop is a method of its own: with the lookups inlined into it, the compiled
     * loop took a third longer.
     */
    private static int nextStart(String text, int from) {
        int n = text.length();
        int window = 0;
        for (int i = from; i < n; i++) {
            window = window << 5 | LETTER_NUMBERS[Math.min(text.charAt(i), 256)];
            if (STARTS[window & 0x7FFF] && (window & 31 << 15) == 0) {
                return i - 2;
            }
        }
        window <<= 5; // a non-letter past the end shows a last word of two letters
        return STARTS[window & 0x7FFF] && (window & 31 << 15) == 0 ? n - 2 : -1;
    }

    static List<SpelledRuns.Run> in(String text) {
        List<SpelledRuns.Run> runs = new ArrayList<>();
        Reading reading = null;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            boolean letter = isLetter(c);
            boolean digit = c >= '0' && c <= '9';
            if (!letter && !digit) {
                i++;
                continue;
            }
            int end = letter ? wordEnd(text, i) : digitsEnd(text, i);
            int value = letter ? wordValue(text, i, end) : NONE;
            boolean piece = letter ? value != NONE : end - i <= MAX_GROUP && standsAlone(text, i, end);
            if (reading != null && (!piece || !reading.continuesAt(text, i))) {
                reading.addTo(text, runs);
                reading = null;
            }
            if (piece) {
                if (reading == null) {
                    reading = new Reading();
                }
                if (letter) {
                    reading.word(text, i, end, value);
                } else {
                    reading.group(text, i, end);
                }
            }
            i = end;
        }
        if (reading != null) {
            reading.addTo(text, runs);
        }
        return runs;
    }

    /**
     * A run being read: its pieces ({@code start, end, digit}: a digit word's digit, {@link #DASH}, or {@link #NONE}
     * for a group written in digits), whether the gap before each is marked (a comma, dash, dot, slash or line break
     * in it), and how many digit words and digits it holds.
     */
    private static final class Reading {
        private final List<int[]> pieces = new ArrayList<>();
        private final List<Boolean> markedGaps = new ArrayList<>();
        private int words;
        private int digits;
        private int end = -1;

        boolean continuesAt(String text, int next) {
            return next - end <= MAX_GAP && isGap(text, end, next);
        }

        void word(String text, int start, int end, int digit) {
            add(text, start, end, digit);
            if (digit != DASH) {
                words++;
                digits++;
            }
        }

        void group(String text, int start, int end) {
            add(text, start, end, NONE);
            digits += end - start;
        }

        private void add(String text, int start, int end, int digit) {
            markedGaps.add(this.end >= 0 && isMarked(text, this.end, start));
            pieces.add(new int[] {start, end, digit});
            this.end = end;
        }

        /**
         * The run, when it has enough words and digits, without a dash word at either end. Its value is the digits;
         * where some gaps are marked and others not, the marked ones group the digits and are written as a dash
         * ({@code four one five, eight nine two, ...} is {@code 415-892-...}); a dash word is a dash.
         */
        void addTo(String text, List<SpelledRuns.Run> runs) {
            int first = 0;
            int last = pieces.size() - 1;
            while (first <= last && pieces.get(first)[2] == DASH) {
                first++;
            }
            while (last >= first && pieces.get(last)[2] == DASH) {
                last--;
            }
            if (words < MIN_WORDS || digits < MIN_DIGITS || first > last) {
                return;
            }
            boolean someMarked = false;
            boolean someUnmarked = false;
            for (int k = first + 1; k <= last; k++) {
                someMarked |= markedGaps.get(k);
                someUnmarked |= !markedGaps.get(k);
            }
            StringBuilder value = new StringBuilder();
            List<int[]> offsets = new ArrayList<>();
            for (int k = first; k <= last; k++) {
                int[] piece = pieces.get(k);
                boolean groups = someMarked && someUnmarked && markedGaps.get(k);
                if (k > first && groups && value.charAt(value.length() - 1) != '-' && piece[2] != DASH) {
                    value.append('-');
                }
                offsets.add(new int[] {piece[0], piece[1], value.length()});
                if (piece[2] == NONE) {
                    value.append(text, piece[0], piece[1]);
                } else {
                    value.append(piece[2] == DASH ? '-' : (char) ('0' + piece[2]));
                }
            }
            runs.add(new SpelledRuns.Run(pieces.get(first)[0], pieces.get(last)[1], value.toString(),
                    PieceOffsets.of(offsets, value.length())));
        }
    }

    /** Whether the gap between two pieces holds a mark that groups digits: a comma, dash, dot, slash or line break. */
    private static boolean isMarked(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c == ',' || c == '-' || c == '.' || c == '/' || c == '\n') {
                return true;
            }
        }
        return false;
    }

    /**
     * The digit a word spells, {@link #DASH} for a dash, or {@link #NONE}; any letter case. Most words are told apart
     * by their first two letters and length alone ({@link #HEADS}); a word that can be one is looked up packed
     * into a number, without a copy.
     */
    private static int wordValue(String text, int start, int end) {
        int length = end - start;
        int head = length < 2 || length > MAX_WORD ? -1 : head(text, start, end);
        if (head < 0 || !HEADS[head]) {
            return NONE;
        }
        int at = java.util.Arrays.binarySearch(WORDS, packed(text, start, end));
        return at < 0 ? NONE : VALUES[at];
    }

    /** Where a word's first two letters and length stand in {@link #HEADS}; -1 when its first letter is not ASCII. */
    private static int head(String text, int start, int end) {
        int first = (text.charAt(start) | 0x20) - 'a';
        int second = (text.charAt(start + 1) | 0x20) - 'a';
        if (first < 0 || first >= 26) {
            return -1;
        }
        return (first * 27 + (second >= 0 && second < 26 ? second : 26)) * (MAX_WORD + 1) + end - start;
    }

    /** Up to seven Latin-1 letters, lower case, eight bits each. */
    private static long packed(String text, int start, int end) {
        long key = 0;
        for (int k = start; k < end; k++) {
            char c = text.charAt(k);
            key = key << 8 | (c < 0x80 ? c | 0x20 : Character.toLowerCase(c) & 0xff);
        }
        return key;
    }

    /** Whether the characters between two pieces only separate them. */
    private static boolean isGap(String text, int from, int to) {
        int breaks = 0;
        for (int k = Math.max(0, from); k < to; k++) {
            char c = text.charAt(k);
            if (c == '\n') {
                breaks++;
            } else if (c != ' ' && c != ',' && c != '-' && c != '.' && c != '/' && c != '\t' && c != '\r') {
                return false;
            }
        }
        return breaks <= 1;
    }

    /** A group of digits that is not part of a word or of a longer number written with letters in it. */
    private static boolean standsAlone(String text, int start, int end) {
        return (start == 0 || !isLetter(text.charAt(start - 1)))
                && (end == text.length() || !isLetter(text.charAt(end)));
    }

    private static int wordEnd(String text, int start) {
        int end = start;
        while (end < text.length() && isLetter(text.charAt(end))) {
            end++;
        }
        return end;
    }

    private static int digitsEnd(String text, int start) {
        int end = start;
        while (end < text.length() && text.charAt(end) >= '0' && text.charAt(end) <= '9') {
            end++;
        }
        return end;
    }

    /** An ASCII or Latin-1 letter ({@code é}, {@code ü}), the letters digit words are written with. */
    private static boolean isLetter(char c) {
        return (c | 0x20) >= 'a' && (c | 0x20) <= 'z' || c >= 0xC0 && c <= 0xFF && c != 0xD7 && c != 0xF7;
    }
}
