package io.interven.gateway.core.fields;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Numbers written in groups with a separator that no recognizer of grouped numbers reads, to get past one that knows
 * spaces and dashes: {@code 536_22_8714}, {@code 4539/1488/0343/6467}, {@code 415|555|0123}, {@code
 * DE89_3704_0044_0532_0130_00}. Each run is read back with dashes between its groups ({@code 536-22-8714}; with spaces
 * where a group holds letters, as an IBAN is written), to be scanned beside the text as written, where the
 * recognizers of cards, identity numbers, phone numbers and account numbers judge it. A sequence is groups of one to
 * {@value #MAX_GROUP} digits and capitals with a separator between each two (one of {@code _ / \ | ~ * + : ;}, with a
 * space on each side or not, the same or not from gap to gap) and no letter or digit right before or after it; a run is the groups in
 * it of a number a recognizer knows ({@link #isKnownGrouping}), so that numbers grouped for other reasons (dates,
 * sizes, versions) are left alone, and so are the cells of a table row ({@link #isTableRow}).
 */
final class SeparatedDigitGroups {
    static final int MIN_GROUPS = 3;
    /** The most groups of a known number: an IBAN of 34 characters, in fours. */
    static final int MAX_GROUPS = 9;
    static final int MAX_GROUP = 6;
    private static final String SEPARATORS = "_/\\|~*+:;";
    private static final boolean[] SEPARATOR = new boolean[128];
    /** The group lengths of the numbers of digits a recognizer knows. */
    private static final int[][] GROUPINGS = {{3, 2, 4}, {3, 3, 4}, {1, 3, 3, 4}, {4, 4, 4, 4}, {4, 4, 4, 4, 3},
        {4, 6, 5}, {4, 6, 4}};
    /** The known groupings, each as {@link #shapeOf} packs it (read by {@link DigitLookalikes} too). */
    static final Set<Long> KNOWN_GROUPINGS = Arrays.stream(GROUPINGS).map(SeparatedDigitGroups::shapeOf)
            .collect(Collectors.toUnmodifiableSet());
    /** The fewest digits of a known grouping (an SSN's nine). */
    static final int MIN_CHARACTERS = Arrays.stream(GROUPINGS).mapToInt(lengths -> IntStream.of(lengths).sum())
            .min().orElseThrow();
    private static final int IBAN_GROUP = 4;
    private static final int MIN_IBAN_GROUPS = 4;
    /** The fewest characters of an IBAN ({@link #isIban}): groups of four, the last of one to four. */
    private static final int MIN_IBAN = IBAN_GROUP * (MIN_IBAN_GROUPS - 1) + 1;
    /** The fewest characters of a stretch that may hold a run: the separators and digits {@link #mayHoldARun} wants. */
    private static final int MIN_SPAN = MIN_GROUPS - 1 + MIN_CHARACTERS;

    static {
        for (char c : SEPARATORS.toCharArray()) {
            SEPARATOR[c] = true;
        }
    }

    private SeparatedDigitGroups() {
    }

    /** Whether the text may hold a run: a stretch that may hold one ({@link #mayHoldARun}). */
    static boolean mayHold(String text) {
        return nextStretch(text, 0) >= 0;
    }

    /**
     * The runs of the text: in each sequence of groups with a separator between each two, the groups of a known number
     * ({@link #isKnownGrouping}), the longest first, left to right, so that groups written before or after a number
     * ({@code 1/4539/1488/0343/6467}) do not hide it. A sequence is read from the group before each separator that
     * follows a digit, so a text is read at its separators only, and only in the stretches that may hold a run
     * ({@link #nextStretch}): what is read from a separator stays within its stretch, so each stretch is read as in
     * the whole text, and one left out holds no run ({@link #mayHoldARun}).
     */
    static List<SpelledRuns.Run> in(String text) {
        List<SpelledRuns.Run> runs = List.of();
        for (int start = nextStretch(text, 0); start >= 0; ) {
            int end = Stretches.end(text, start, SeparatedDigitGroups::isStretchCharacter);
            runs = readStretch(text, start, end, runs);
            start = nextStretch(text, end);
        }
        return runs;
    }

    /** Adds the runs read from the separators of the stretch to {@code runs}, and answers them. */
    private static List<SpelledRuns.Run> readStretch(String text, int stretchStart, int stretchEnd,
                                                     List<SpelledRuns.Run> runs) {
        int from = stretchStart;
        for (int at = nextSeparator(text, from, stretchEnd); at >= 0; at = nextSeparator(text, from, stretchEnd)) {
            int groupEnd = text.charAt(at - 1) == ' ' ? at - 1 : at;
            int start = groupEnd;
            while (start > 0 && groupEnd - start <= MAX_GROUP && isGroupCharacter(text.charAt(start - 1))) {
                start--;
            }
            from = at + 1;
            if (groupEnd - start > MAX_GROUP || continuesAWordBefore(text, start)) {
                continue; // a longer word or number, or a group inside a word
            }
            List<int[]> groups = new ArrayList<>();
            from = Math.max(from, sequenceFrom(text, start, groups));
            if (isTableRow(text, groups)) {
                continue; // numbers in the cells of a table are read as written
            }
            for (int g = 0; g + MIN_GROUPS <= groups.size(); ) {
                int size = knownGroupingAt(text, groups, g);
                if (size == 0) {
                    g++;
                    continue;
                }
                runs = runs.isEmpty() ? new ArrayList<>() : runs;
                runs.add(run(text, groups.subList(g, g + size)));
                g += size;
            }
        }
        return runs;
    }

    /**
     * The start of the next stretch (group characters and separators with their spaces, as long as they go) from
     * {@code from} on that may hold a run ({@link #mayHoldARun}), or -1: such a stretch is at least {@link #MIN_SPAN}
     * long ({@link Stretches}).
     */
    private static int nextStretch(String text, int from) {
        return Stretches.next(text, from, MIN_SPAN, SeparatedDigitGroups::isStretchCharacter,
                SeparatedDigitGroups::mayHoldARun);
    }

    /**
     * Whether the stretch holds {@value #MIN_GROUPS} - 1 separators, {@link #MIN_CHARACTERS} digits or {@link
     * #MIN_IBAN} group characters, and a separator to read from ({@link #nextSeparator}). What is read from a
     * separator lies in its stretch, and a run holds as many: a separator between each two of its groups, and the
     * digits of a known grouping or the characters of an IBAN.
     */
    private static boolean mayHoldARun(String text, int start, int end) {
        int separators = 0;
        int digits = 0;
        int characters = 0;
        for (int k = start; k < end; k++) {
            char c = text.charAt(k);
            separators += isSeparator(c) ? 1 : 0;
            digits += isDigit(c) ? 1 : 0;
            characters += isGroupCharacter(c) ? 1 : 0;
        }
        return separators >= MIN_GROUPS - 1 && (digits >= MIN_CHARACTERS || characters >= MIN_IBAN)
                && nextSeparator(text, start, end) >= 0;
    }

    /** Whether a group character, a separator or a space beside one ({@code 536 / 22 / 8714}) stands at {@code k}. */
    private static boolean isStretchCharacter(String text, int k) {
        char c = text.charAt(k);
        return isGroupCharacter(c) || isSeparator(c) || c == ' ' && (k > 0 && isSeparator(text.charAt(k - 1))
                || k + 1 < text.length() && isSeparator(text.charAt(k + 1)));
    }

    /**
     * The next separator character from {@code from} on and before {@code to} with a digit right before it (or a space
     * and a digit) and a group character right after it (or a space and one); -1 when there is none.
     */
    private static int nextSeparator(String text, int from, int to) {
        int n = text.length();
        for (int i = Math.max(from, 1); i < to && i + 1 < n; i++) {
            char c = text.charAt(i);
            if (c < 128 && SEPARATOR[c] && (isDigit(text.charAt(i - 1)) || i > 1 && text.charAt(i - 1) == ' '
                    && isDigit(text.charAt(i - 2))) && (isGroupCharacter(text.charAt(i + 1))
                    || i + 2 < n && text.charAt(i + 1) == ' ' && isGroupCharacter(text.charAt(i + 2)))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Reads into {@code groups} the groups of one to {@value #MAX_GROUP} characters from {@code start} with a
     * separator between each two ({@link #separatorEnd}; not always the same one: {@code 536_22/8714} is as much a
     * disguise), and answers where reading stopped. A longer group ends the sequence before it; a group that runs on
     * into a word is left out.
     */
    private static int sequenceFrom(String text, int start, List<int[]> groups) {
        int at = start;
        while (true) {
            int end = groupEnd(text, at);
            if (end - at > MAX_GROUP) {
                return end; // a longer word or number: read as written
            }
            groups.add(new int[] {at, end});
            int next = separatorEnd(text, end);
            boolean another = next > 0 && isGroupCharacter(text.charAt(next));
            if (!another) {
                if (continuesAWordAfter(text, end)) {
                    groups.remove(groups.size() - 1); // the last group runs on into a word
                }
                return end;
            }
            at = next;
        }
    }

    /**
     * Where a separator that starts at {@code at} ends: one separator character, with a space before and after it or
     * not ({@code _}, {@code  / }); -1 when none starts there or nothing follows it.
     */
    private static int separatorEnd(String text, int at) {
        int n = text.length();
        int k = at < n && text.charAt(at) == ' ' ? at + 1 : at;
        if (k >= n || !isSeparator(text.charAt(k))) {
            return -1;
        }
        k++;
        if (text.charAt(at) == ' ') {
            if (k >= n || text.charAt(k) != ' ') {
                return -1; // a space on both sides or on neither
            }
            k++;
        }
        return k < n ? k : -1;
    }

    /**
     * Whether the groups are cells of a table row: bars between them and before the first or after the last one
     * ({@code | 4539 | 1488 | 0343 | 6467 |}).
     */
    private static boolean isTableRow(String text, List<int[]> groups) {
        if (groups.size() < 2 || text.substring(groups.get(0)[1], groups.get(1)[0]).indexOf('|') < 0) {
            return false;
        }
        int before = groups.get(0)[0] - 1;
        before = before >= 0 && text.charAt(before) == ' ' ? before - 1 : before;
        int after = groups.get(groups.size() - 1)[1];
        after = after < text.length() && text.charAt(after) == ' ' ? after + 1 : after;
        return before >= 0 && text.charAt(before) == '|' || after < text.length() && text.charAt(after) == '|';
    }

    /** How many groups from {@code g} on make a known number, the most first; 0 when none do. */
    private static int knownGroupingAt(String text, List<int[]> groups, int g) {
        for (int size = Math.min(MAX_GROUPS, groups.size() - g); size >= MIN_GROUPS; size--) {
            if (isKnownGrouping(text, groups.subList(g, g + size))) {
                return size;
            }
        }
        return 0;
    }

    /** The run of {@code groups}, read back with dashes between them, or spaces where one holds letters. */
    private static SpelledRuns.Run run(String text, List<int[]> groups) {
        boolean letters = false;
        for (int[] group : groups) {
            letters |= hasLetter(text, group[0], group[1]);
        }
        StringBuilder value = new StringBuilder();
        List<int[]> pieces = new ArrayList<>();
        for (int[] group : groups) {
            if (value.length() > 0) {
                value.append(letters ? ' ' : '-');
            }
            pieces.add(new int[] {group[0], group[1], value.length()});
            value.append(text, group[0], group[1]);
        }
        return new SpelledRuns.Run(groups.get(0)[0], groups.get(groups.size() - 1)[1], value.toString(),
                PieceOffsets.of(pieces, value.length()));
    }

    /**
     * Whether the groups are those of a number a recognizer knows, so that numbers grouped for other reasons (dates,
     * window sizes such as {@code 20/30/600/150}, versions) are left alone: an SSN (3-2-4), a North American phone
     * number ((1-)3-3-4), a card (4-4-4-4, 4-4-4-4-3, 4-6-5, 4-6-4), or an IBAN (two capitals and two digits, then
     * groups of four letters or digits, the last one to four).
     */
    private static boolean isKnownGrouping(String text, List<int[]> groups) {
        int count = groups.size();
        int[] lengths = new int[count];
        boolean letters = false;
        for (int g = 0; g < count; g++) {
            lengths[g] = groups.get(g)[1] - groups.get(g)[0];
            letters |= hasLetter(text, groups.get(g)[0], groups.get(g)[1]);
        }
        if (letters) {
            return isIban(text, groups, lengths);
        }
        return KNOWN_GROUPINGS.contains(shapeOf(lengths));
    }

    /** Group lengths (one to {@value #MAX_GROUP} each) packed three bits a group. */
    static long shapeOf(int... lengths) {
        long shape = 1;
        for (int length : lengths) {
            shape = shape << 3 | length;
        }
        return shape;
    }

    private static boolean isIban(String text, List<int[]> groups, int[] lengths) {
        int first = groups.get(0)[0];
        if (lengths[0] != IBAN_GROUP || !isCapital(text.charAt(first)) || !isCapital(text.charAt(first + 1))
                || !isDigit(text.charAt(first + 2)) || !isDigit(text.charAt(first + 3))
                || lengths.length < MIN_IBAN_GROUPS) {
            return false;
        }
        for (int g = 1; g < lengths.length; g++) {
            if (lengths[g] != IBAN_GROUP && !(g == lengths.length - 1 && lengths[g] <= IBAN_GROUP)) {
                return false;
            }
        }
        return true;
    }

    private static int groupEnd(String text, int from) {
        int end = from;
        while (end < text.length() && isGroupCharacter(text.charAt(end))) {
            end++;
        }
        return end;
    }

    private static boolean hasLetter(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!isDigit(text.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isGroupCharacter(char c) {
        return isDigit(c) || c >= 'A' && c <= 'Z';
    }

    /** Whether a letter or a digit stands right before {@code at}, or a dot or a dash after one ({@code v1.}). */
    private static boolean continuesAWordBefore(String text, int at) {
        if (at == 0) {
            return false;
        }
        char before = text.charAt(at - 1);
        return Character.isLetterOrDigit(before)
                || (before == '.' || before == '-') && at > 1 && Character.isLetterOrDigit(text.charAt(at - 2));
    }

    /**
     * Whether a letter or a digit stands at {@code at}, or a dot or a dash before one ({@code .5}); a full stop after
     * a number ends it.
     */
    private static boolean continuesAWordAfter(String text, int at) {
        if (at >= text.length()) {
            return false;
        }
        char after = text.charAt(at);
        return Character.isLetterOrDigit(after) || (after == '.' || after == '-') && at + 1 < text.length()
                && Character.isLetterOrDigit(text.charAt(at + 1));
    }

    private static boolean isSeparator(char c) {
        return c < 128 && SEPARATOR[c];
    }

    private static boolean isCapital(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
