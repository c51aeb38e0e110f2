package io.interven.plugin.pii;

/**
 * Where a recognizer's pattern may begin a match: a cheap test of the characters around a position that every
 * match start passes (and most other positions fail), so the pattern is tried only there
 * ({@link PatternRecognizer}). Saying yes too often costs time; saying no where a match starts would lose it, so an
 * implementation keeps to what the pattern's first characters and look-behind demand.
 */
@FunctionalInterface
interface CandidateStarts {
    /** Every position may begin a match. */
    CandidateStarts ANYWHERE = (text, from) -> from < text.length() ? from : -1;

    /** The first position at or after {@code from} where a match may begin, or -1 when there is none. */
    int next(String text, int from);

    /**
     * Moves {@code m} (a matcher of {@code text} with transparent, non-anchoring bounds) to the first match that
     * starts at or after {@code from}, trying its pattern anchored at the positions {@code starts} allows only;
     * false when there is none. The match is the one {@code find(from)} would give when {@code starts} allows every
     * position a match can start at.
     */
    static boolean nextMatch(java.util.regex.Matcher m, String text, CandidateStarts starts, int from) {
        int at = from;
        while ((at = starts.next(text, at)) >= 0) {
            if (m.region(at, text.length()).lookingAt()) {
                return true;
            }
            at++;
        }
        return false;
    }

    static boolean isAsciiLetterOrDigit(char c) {
        return c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
