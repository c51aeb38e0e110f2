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

    static boolean isAsciiLetterOrDigit(char c) {
        return c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
