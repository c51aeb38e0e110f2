package io.interven.gateway.core.fields;

import java.util.ArrayList;
import java.util.List;

/**
 * A value written a character an item of a list, as a model asked to spell a key out writes it: numbered ({@code 1. g},
 * {@code 2. h}, {@code 3) p}, {@code 4: _}, {@code #5 R}, {@code 6 - 8}) or bulleted ({@code - g}, {@code * h},
 * {@code • p}), an item a line or one after the other on a line. The number's decoration changes from item to item
 * (from {@code 9.} to {@code 10.}), which {@link DecoratedRuns} does not take, and a bullet before a dash is no
 * constant decoration either. An item is {@code #} or not, one to four digits, then white space or one of
 * {@code . ) : -} (or both); or a bullet ({@code - * • +}) and white space; then one character that is no white space,
 * then white space or the text's end. Items only white space apart, numbered one after the other ({@code 1 2 3 …})
 * or with the same bullet, at least {@value #MIN_CHARACTERS} of them, make a run when they spell what a secret or an
 * address could be ({@link DecoratedRuns#spellsAValue}): digits a space apart ({@code 1 2 3 4}) are no list.
 */
final class ListedCharacters {
    static final int MIN_CHARACTERS = 8;
    private static final int MAX_NUMBER_DIGITS = 4;
    private static final String MARKS = ".):-";
    private static final String BULLETS = "-*\u2022+";
    private static final long NONE = Long.MIN_VALUE;

    private ListedCharacters() {
    }

    /**
     * Whether a list of {@value #MIN_CHARACTERS} items or more stands in the text. The text is walked as {@link #in}
     * walks it, and the items of the list it would be building are counted, not kept: {@link #in} reads a run from
     * such a list only. Logs and tables, with many numbers after white space, are told apart in one pass that copies
     * nothing.
     */
    static boolean mayHold(String text) {
        int n = text.length();
        int items = 0;
        long previousMarker = NONE;
        int i = 0;
        while (i < n) {
            int at = i == 0 || isSpace(text.charAt(i - 1)) ? characterOf(text, i) : -1;
            if (at < 0) {
                items = 0;
                i = nextItemStart(text, i + 1);
                continue;
            }
            long marker = markerOf(text, i);
            items = items > 0 && follows(previousMarker, marker) ? items + 1 : 1;
            if (items >= MIN_CHARACTERS) {
                return true;
            }
            previousMarker = marker;
            i = skipSpace(text, at + 1);
        }
        return false;
    }

    /** The first place from {@code from} on where an item could start: after white space, a digit, # or a bullet. */
    private static int nextItemStart(String text, int from) {
        int n = text.length();
        for (int i = Math.max(from, 1); i < n; i++) {
            char c = text.charAt(i);
            if ((c <= '9' && (c >= '0' || c == '#' || c == '-' || c == '*' || c == '+') || c == '\u2022')
                    && isSpace(text.charAt(i - 1))) {
                return i;
            }
        }
        return n;
    }

    static List<SpelledRuns.Run> in(String text) {
        List<SpelledRuns.Run> runs = List.of();
        List<int[]> pieces = new ArrayList<>();
        StringBuilder value = new StringBuilder();
        int n = text.length();
        int i = 0;
        long previousMarker = NONE;
        while (i < n) {
            int at = i == 0 || isSpace(text.charAt(i - 1)) ? characterOf(text, i) : -1;
            long marker = at >= 0 ? markerOf(text, i) : NONE;
            if (at >= 0 && !pieces.isEmpty() && !follows(previousMarker, marker)) {
                runs = closed(pieces, value, runs); // another list: a bullet changed, or a number out of turn
            }
            if (at >= 0) {
                pieces.add(new int[] {at, at + 1, value.length()});
                value.append(text.charAt(at));
                previousMarker = marker;
                i = skipSpace(text, at + 1);
                continue;
            }
            runs = closed(pieces, value, runs);
            i = nextItemStart(text, i + 1);
        }
        return closed(pieces, value, runs);
    }

    private static List<SpelledRuns.Run> closed(List<int[]> pieces, StringBuilder value, List<SpelledRuns.Run> runs) {
        List<SpelledRuns.Run> out = runs;
        if (pieces.size() >= MIN_CHARACTERS && DecoratedRuns.spellsAValue(value.toString())) {
            String spelled = value.toString();
            out = runs.isEmpty() ? new ArrayList<>() : runs;
            out.add(new SpelledRuns.Run(pieces.get(0)[0], pieces.get(pieces.size() - 1)[1], spelled,
                    PieceOffsets.of(new ArrayList<>(pieces), spelled.length())));
        }
        pieces.clear();
        value.setLength(0);
        return out;
    }

    /** An item's marker: its number, or its bullet as a negative number. */
    private static long markerOf(String text, int start) {
        char first = text.charAt(start);
        if (BULLETS.indexOf(first) >= 0) {
            return -first;
        }
        long number = 0;
        for (int i = first == '#' ? start + 1 : start; i < text.length() && isDigit(text.charAt(i)); i++) {
            number = number * 10 + text.charAt(i) - '0';
        }
        return number;
    }

    /** Whether an item marked {@code marker} goes on the list of one marked {@code previous}. */
    private static boolean follows(long previous, long marker) {
        return marker < 0 ? marker == previous : marker == previous + 1;
    }

    /** Where the one character of an item starting at {@code start} stands, or -1 when no item starts there. */
    private static int characterOf(String text, int start) {
        int n = text.length();
        int i = start;
        int at;
        if (i + 1 < n && BULLETS.indexOf(text.charAt(i)) >= 0 && isSpace(text.charAt(i + 1))) {
            at = skipLineSpace(text, i + 1);
        } else {
            if (i < n && text.charAt(i) == '#') {
                i++;
            }
            int digits = i;
            while (i < n && i - digits <= MAX_NUMBER_DIGITS && isDigit(text.charAt(i))) {
                i++;
            }
            if (i == digits || i - digits > MAX_NUMBER_DIGITS) {
                return -1;
            }
            at = skipLineSpace(text, i);
            if (at < n && MARKS.indexOf(text.charAt(at)) >= 0) {
                at = skipLineSpace(text, at + 1);
            }
            if (at == i) {
                return -1; // a number glued to what follows: a longer number, a word
            }
        }
        return at < n && !isSpace(text.charAt(at)) && (at + 1 == n || isSpace(text.charAt(at + 1))) ? at : -1;
    }

    /** Past spaces and tabs on the line (an item's parts stand on one line). */
    private static int skipLineSpace(String text, int from) {
        int i = from;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    private static int skipSpace(String text, int from) {
        int i = from;
        while (i < text.length() && isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\r' || c == '\t';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
