package io.interven.gateway.core.fields;

import java.util.ArrayList;
import java.util.List;

/**
 * Numbers with some digits written as the letters that look like them, to get past the recognizers of numbers: a
 * card {@code 4539 l488 O343 6467} ({@code l} for 1, {@code O} for 0), an SSN {@code 536-22-87l4}, a phone number
 * {@code 415 555 Ol23}, a card {@code 4S39148803436467}. Each such number is read back with the digits the letters
 * stand for ({@code O o} 0, {@code I i l} 1, {@code Z z} 2, {@code S s} 5, {@code G} 6), its spaces and dashes as
 * written, to be scanned beside the text as written, where the recognizers judge it (a card's Luhn digit, an SSN's
 * areas, a phone number's plan).
 *
 * <p>Only what a recognizer of numbers would take, once read, is read: groups of digits and such letters with a
 * space, a dash or one of the separators {@link SeparatedDigitGroups} reads between each two (written back as a
 * dash: {@code 4539/l488/O343/6467}), whose lengths are those of an SSN (3-2-4), a North American phone number
 * ((1-)3-3-4) or a card (4-4-4-4, 4-4-4-4-3, 4-6-5, 4-6-4), or one run of 13 to 19 characters (a card without
 * spaces); every group holds a digit, at most a third of the characters are letters, and no letter or digit stands
 * right before or after. Letters that are hex digits ({@code B}, {@code b}, {@code E}, {@code A}) are not read, so
 * hex strings stay as written.
 */
final class DigitLookalikes {
    private static final int MIN_RUN = 13;
    private static final int MAX_RUN = 19;
    private static final int MAX_GROUP = SeparatedDigitGroups.MAX_GROUP;
    private static final int MAX_GROUPS = 5;
    /** The fewest characters of a number: those of the shortest known grouping, or of a run alone. */
    private static final int MIN_CHARACTERS = Math.min(MIN_RUN, SeparatedDigitGroups.MIN_CHARACTERS);
    /** A space or a dash, which the recognizers read, or one they do not ({@link SeparatedDigitGroups}). */
    private static final String SEPARATORS = " -_/\\|~*+:;";
    private static final char[] DIGIT_OF = new char[128];
    /** What each character is to a stretch ({@link #nextStretch}): a digit, a letter for one, a separator or none. */
    private static final byte NONE = 0;
    private static final byte DIGIT = 1;
    private static final byte LOOKALIKE = 2;
    private static final byte SEPARATOR = 3;
    private static final byte[] KIND = new byte[128];

    static {
        for (char c : "Oo".toCharArray()) {
            DIGIT_OF[c] = '0';
        }
        for (char c : "Iil".toCharArray()) {
            DIGIT_OF[c] = '1';
        }
        DIGIT_OF['Z'] = '2';
        DIGIT_OF['z'] = '2';
        DIGIT_OF['S'] = '5';
        DIGIT_OF['s'] = '5';
        DIGIT_OF['G'] = '6';
        for (char c = 0; c < KIND.length; c++) {
            KIND[c] = isDigit(c) ? DIGIT : DIGIT_OF[c] != 0 ? LOOKALIKE : SEPARATORS.indexOf(c) >= 0 ? SEPARATOR : NONE;
        }
    }

    private DigitLookalikes() {
    }

    /**
     * Whether the text may hold such a number: a stretch of number characters and separators with a letter right
     * beside a digit and at least {@link #MIN_CHARACTERS} number characters ({@link #mayHoldANumber}).
     */
    static boolean mayHold(String text) {
        return nextStretch(text, 0) >= 0;
    }

    /**
     * The numbers of the text with letters for some digits, read back (see the class comment): in each sequence of
     * groups, the groups of a number a recognizer would take, the most first, left to right, so that a word before
     * or after a number ({@code is 4539 l488 O343 6467 so}) does not hide it. Only the stretches that may hold a
     * number are read ({@link #nextStretch}), each from its start to its end: a sequence starts at a number character
     * and stops by the end of its stretch, and no number character stands between two stretches, so reading the
     * whole text would start the same sequences in them, and find no number elsewhere ({@link #mayHoldANumber}).
     */
    static List<SpelledRuns.Run> in(String text) {
        List<SpelledRuns.Run> runs = List.of();
        List<int[]> groups = new ArrayList<>();
        for (int start = nextStretch(text, 0); start >= 0; ) {
            int end = Stretches.end(text, start, DigitLookalikes::inStretch);
            int i = start;
            while (i < end) {
                if (!isNumberCharacter(text.charAt(i)) || i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
                    i++;
                    continue;
                }
                groups.clear();
                i = sequence(text, i, groups);
                for (int g = 0; g < groups.size(); ) {
                    int size = numberAt(text, groups, g);
                    if (size == 0) {
                        g++;
                        continue;
                    }
                    runs = runs.isEmpty() ? new ArrayList<>() : runs;
                    runs.add(run(text, groups.get(g)[0], groups.get(g + size - 1)[1]));
                    g += size;
                }
            }
            start = nextStretch(text, end);
        }
        return runs;
    }

    /**
     * The start of the next stretch (number characters and {@link #SEPARATORS}, as long as they go) from {@code from}
     * on that may hold a number ({@link #mayHoldANumber}), or -1: such a stretch is at least {@link #MIN_CHARACTERS}
     * long ({@link Stretches}).
     */
    private static int nextStretch(String text, int from) {
        return Stretches.next(text, from, MIN_CHARACTERS, DigitLookalikes::inStretch, DigitLookalikes::mayHoldANumber);
    }

    private static boolean inStretch(String text, int k) {
        return kindOf(text.charAt(k)) != NONE;
    }

    /**
     * Whether a letter stands right beside a digit in the stretch and it holds {@link #MIN_CHARACTERS} number
     * characters. A number's groups and the separators between them lie in one stretch, it has that many characters,
     * and a group of it holds a digit and a letter, so somewhere a letter beside a digit.
     */
    private static boolean mayHoldANumber(String text, int start, int end) {
        int numbers = 0;
        boolean beside = false;
        byte before = NONE;
        for (int k = start; k < end; k++) {
            byte kind = kindOf(text.charAt(k));
            numbers += kind == SEPARATOR ? 0 : 1;
            beside |= kind == DIGIT && before == LOOKALIKE || kind == LOOKALIKE && before == DIGIT;
            before = kind;
        }
        return beside && numbers >= MIN_CHARACTERS;
    }

    /**
     * Reads into {@code groups} the groups of number characters from {@code start} with one separator between each
     * two ({@link #SEPARATORS}), and answers where reading stopped; a last group that runs on into a word is left
     * out.
     */
    private static int sequence(String text, int start, List<int[]> groups) {
        int n = text.length();
        int at = start;
        while (true) {
            int end = at;
            while (end < n && isNumberCharacter(text.charAt(end))) {
                end++;
            }
            if (end < n && Character.isLetterOrDigit(text.charAt(end))) {
                return end; // the group runs on into a word
            }
            groups.add(new int[] {at, end});
            boolean another = end + 1 < n && SEPARATORS.indexOf(text.charAt(end)) >= 0
                    && isNumberCharacter(text.charAt(end + 1));
            if (!another) {
                return end;
            }
            at = end + 1;
        }
    }

    /** How many groups from {@code g} on make a number a recognizer would take, the most first; 0 when none do. */
    private static int numberAt(String text, List<int[]> groups, int g) {
        for (int size = Math.min(MAX_GROUPS, groups.size() - g); size >= 1; size--) {
            if (isNumber(text, groups.subList(g, g + size))) {
                return size;
            }
        }
        return 0;
    }

    /**
     * Whether the groups make a number a recognizer would take once read: every group holds a digit, some letter
     * stands for one, at most a third of the characters are letters, and the groups are those of a known number or
     * one run of {@value #MIN_RUN} to {@value #MAX_RUN} characters.
     */
    private static boolean isNumber(String text, List<int[]> groups) {
        int letters = 0;
        int characters = 0;
        int[] lengths = new int[groups.size()];
        for (int g = 0; g < groups.size(); g++) {
            int[] group = groups.get(g);
            boolean digit = false;
            for (int k = group[0]; k < group[1]; k++) {
                if (isDigit(text.charAt(k))) {
                    digit = true;
                } else {
                    letters++;
                }
            }
            lengths[g] = group[1] - group[0];
            if (!digit || groups.size() > 1 && lengths[g] > MAX_GROUP) {
                return false;
            }
            characters += lengths[g];
        }
        boolean known = groups.size() == 1 ? characters >= MIN_RUN && characters <= MAX_RUN
                : SeparatedDigitGroups.KNOWN_GROUPINGS.contains(SeparatedDigitGroups.shapeOf(lengths));
        return known && letters > 0 && letters * 3 <= characters;
    }

    /**
     * The run of {@code [start, end)} read back: each letter as the digit it stands for, a separator other than a
     * space as a dash, the rest as written.
     */
    private static SpelledRuns.Run run(String text, int start, int end) {
        StringBuilder value = new StringBuilder(end - start);
        for (int k = start; k < end; k++) {
            char c = text.charAt(k);
            value.append(isLookalike(c) ? DIGIT_OF[c] : c == ' ' || isNumberCharacter(c) ? c : '-');
        }
        List<int[]> pieces = List.<int[]>of(new int[] {start, end, 0});
        return new SpelledRuns.Run(start, end, value.toString(), PieceOffsets.of(pieces, value.length()));
    }

    private static byte kindOf(char c) {
        return c < 128 ? KIND[c] : NONE;
    }

    private static boolean isNumberCharacter(char c) {
        return isDigit(c) || isLookalike(c);
    }

    private static boolean isLookalike(char c) {
        return c < 128 && DIGIT_OF[c] != 0;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
