package io.interven.gateway.core;

/**
 * Where a value read from a spelled run stands in the text it was read from: its characters in order, each two apart
 * by at most {@link #MAX_GAP} characters that are neither letters nor digits ({@code A K I A …}, {@code A-K-I-A-…},
 * a character a line). Null when the value is not written that way there (in digit words or Morse code): the text as
 * a whole is then all that is known to hold it.
 */
final class SpelledValueSpan {
    static final int MAX_GAP = 8;

    private SpelledValueSpan() {
    }

    /** The first span {@code [start, end)} of {@code text} spelling {@code value}, or null. */
    static int[] in(String text, String value) {
        if (value.isEmpty()) {
            return null;
        }
        char first = value.charAt(0);
        for (int from = text.indexOf(first); from >= 0; from = text.indexOf(first, from + 1)) {
            int end = endOfValueFrom(text, value, from);
            if (end > 0) {
                return new int[] {from, end};
            }
        }
        return null;
    }

    /** Where the value spelled from {@code start} (its first character) ends, or -1. */
    private static int endOfValueFrom(String text, String value, int start) {
        int i = start + 1;
        for (int v = 1; v < value.length(); v++) {
            char wanted = value.charAt(v);
            int gap = 0;
            while (i < text.length() && text.charAt(i) != wanted) {
                if (Character.isLetterOrDigit(text.charAt(i)) || ++gap > MAX_GAP) {
                    return -1;
                }
                i++;
            }
            if (i == text.length()) {
                return -1;
            }
            i++;
        }
        return i;
    }
}
