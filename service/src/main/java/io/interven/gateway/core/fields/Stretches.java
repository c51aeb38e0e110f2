package io.interven.gateway.core.fields;

/**
 * Stretches of a text that may hold a number a reader looks for: maximal runs of the characters one test takes (a
 * number's characters and its separators), at least a given length, found without reading every character. A stretch
 * of at least {@code minLength} characters holds one of every {@code minLength}th character counted from where the
 * search starts (0, or the end of a stretch looked at before), so only those characters are looked at, and the
 * stretches they stand in. {@link DigitLookalikes} and {@link SeparatedDigitGroups} read only such stretches.
 */
final class Stretches {
    /** Whether the character at {@code k} belongs to a stretch. */
    interface Member {
        boolean at(String text, int k);
    }

    /** Whether the stretch {@code [start, end)} may hold what the reader looks for. */
    interface Candidate {
        boolean holds(String text, int start, int end);
    }

    private Stretches() {
    }

    /**
     * The start of the next stretch from {@code from} on (0 or the end of a stretch) of at least {@code minLength}
     * characters that {@code candidate} holds for, or -1.
     */
    static int next(String text, int from, int minLength, Member member, Candidate candidate) {
        int n = text.length();
        for (int i = from + minLength - 1; i < n; ) {
            if (!member.at(text, i)) {
                i += minLength;
                continue;
            }
            int start = i;
            while (start > 0 && member.at(text, start - 1)) {
                start--;
            }
            int end = end(text, i, member);
            if (end - start >= minLength && candidate.holds(text, start, end)) {
                return start;
            }
            i = end + minLength;
        }
        return -1;
    }

    /** Where the stretch that {@code from} stands in ends. */
    static int end(String text, int from, Member member) {
        int end = from;
        while (end < text.length() && member.at(text, end)) {
            end++;
        }
        return end;
    }
}
