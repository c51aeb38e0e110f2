package io.interven.gateway.core.fields;

import java.util.ArrayList;
import java.util.List;

/**
 * Values spelled out in pieces with one separator repeated between them, the way a person or a model writes a value
 * to get it past a filter that reads it whole:
 * <ul>
 *   <li>one character at a time: {@code g h p _ R 8 b Y …}, {@code 5-3-6-2-2-8-7-1-4}, a character a line;</li>
 *   <li>in chunks of one length (the last one may be shorter): {@code ghp_-R8bY-2kqN-…}, five characters a line,
 *       {@code 4539.1488.0343.6467}, hex bytes {@code 67 68 70 5f …};</li>
 *   <li>as character codes: {@code 103,104,112,95,…} (JavaScript's {@code String.fromCharCode}, a list of bytes),
 *       {@code 0x67, 0x68, …}.</li>
 * </ul>
 * A piece is a run of ASCII letters, digits, {@code _}, {@code +} and {@code =}; a separator a run of one to
 * {@link #MAX_SEPARATOR} characters of white space and {@code - . , | * : ;}, the same between every two pieces of
 * a run. Each run is read back as the value it spells (its pieces joined, or its codes as characters), to be
 * scanned beside the text as written. A run must spell something a value could be: a digit among its characters
 * (tokens, keys and numbers have one; spaced-out headings and prose do not), or, for codes, a letter. Chunks of
 * digits alone are joined only across single dots: in groups split by a space or a dash
 * ({@code 4539 1488 0343 6467}) a number is read as written, where the recognizers of grouped numbers find it, and
 * numbers in a list or a column are separate numbers.
 */
final class SpelledRuns {
    /** The fewest pieces of one character that make a run. */
    static final int MIN_LETTERS = 8;
    /** The fewest characters that pieces of one length must join to. */
    static final int MIN_CHUNKED = 16;
    /** The fewest character codes that make a run. */
    static final int MIN_CODES = 8;
    static final int MAX_CHUNK = 8;
    static final int MAX_SEPARATOR = 3;

    /** The characters {@code [start, end)} of the text spell {@code value}. */
    record Run(int start, int end, String value) {
    }

    private SpelledRuns() {
    }

    /** Whether the text is long enough to hold a run: eight characters with a separator between each two. */
    static boolean mayHold(String text) {
        return text.length() >= 2 * MIN_LETTERS - 1;
    }

    static List<Run> in(String text) {
        List<Run> runs = List.of();
        Pieces pieces = new Pieces();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            int start = i;
            if (isPieceChar(c)) {
                while (i < n && isPieceChar(text.charAt(i))) {
                    i++;
                }
                if (i - start > MAX_CHUNK) {
                    runs = pieces.close(text, runs);
                    pieces.clear();
                } else if (!pieces.add(text, start, i)) {
                    runs = pieces.close(text, runs);
                    pieces.clear();
                    pieces.add(text, start, i);
                }
            } else if (isSeparatorChar(c)) {
                while (i < n && isSeparatorChar(text.charAt(i))) {
                    i++;
                }
                if (!pieces.separate(text, start, i)) {
                    // another separator: the run so far ends, and a new one may begin at its last piece
                    int lastStart = pieces.lastStart();
                    int lastEnd = pieces.lastEnd();
                    runs = pieces.close(text, runs);
                    pieces.clear();
                    if (i - start <= MAX_SEPARATOR) {
                        pieces.add(text, lastStart, lastEnd);
                        pieces.separate(text, start, i);
                    }
                }
            } else {
                runs = pieces.close(text, runs);
                pieces.clear();
                i++;
            }
        }
        return pieces.close(text, runs);
    }

    /** The pieces of the run being read, and its separator. */
    private static final class Pieces {
        private int[] bounds = new int[32];
        private int count;
        private int separatorStart = -1;
        private int separatorLength;
        private boolean awaitingPiece;

        /** Adds a piece; false when one was expected after a separator and not found (two pieces glued). */
        boolean add(String text, int start, int end) {
            if (count > 0 && !awaitingPiece) {
                return false;
            }
            if (2 * count + 2 > bounds.length) {
                bounds = java.util.Arrays.copyOf(bounds, bounds.length * 2);
            }
            bounds[2 * count] = start;
            bounds[2 * count + 1] = end;
            count++;
            awaitingPiece = false;
            return true;
        }

        /** Takes a separator; false when it differs from the run's own, is too long, or nothing precedes it. */
        boolean separate(String text, int start, int end) {
            int length = end - start;
            if (count == 0 || awaitingPiece || length > MAX_SEPARATOR) {
                return count == 0;
            }
            if (separatorStart < 0) {
                separatorStart = start;
                separatorLength = length;
            } else if (length != separatorLength || !text.regionMatches(start, text, separatorStart, length)) {
                return false;
            }
            awaitingPiece = true;
            return true;
        }

        int lastStart() {
            return count == 0 ? -1 : bounds[2 * count - 2];
        }

        int lastEnd() {
            return count == 0 ? -1 : bounds[2 * count - 1];
        }

        void clear() {
            count = 0;
            separatorStart = -1;
            separatorLength = 0;
            awaitingPiece = false;
        }

        /**
         * {@code runs} with the runs these pieces spell added: each longest stretch of character codes, of pieces of
         * one character, or of pieces of one length (and a shorter last one) that is long enough. Words before or
         * after a spelled value, split from it by the same separator, fall outside its stretch.
         */
        List<Run> close(String text, List<Run> runs) {
            int p = 0;
            while (p + 2 < count) {
                int codesEnd = p;
                while (codesEnd < count && code(text, codesEnd) >= 0) {
                    codesEnd++;
                }
                if (codesEnd - p >= MIN_CODES) {
                    String codes = codes(text, p, codesEnd);
                    if (codes != null) {
                        runs = added(runs, p, codesEnd, codes);
                        p = codesEnd;
                        continue;
                    }
                }
                int chunk = length(p);
                int equalEnd = p + 1;
                while (equalEnd < count && length(equalEnd) == chunk) {
                    equalEnd++;
                }
                int end = chunk > 1 && equalEnd < count && length(equalEnd) < chunk ? equalEnd + 1 : equalEnd;
                int first = p;
                if (whiteSeparator(text)) {
                    // a word before or after the value, of the chunks' length, is prose the value was written in
                    while (first < end && isWord(text, first)) {
                        first++;
                    }
                    while (end > first && isWord(text, end - 1)) {
                        end--;
                    }
                }
                String value = end - first < 3 ? null : spelled(text, first, end, chunk);
                if (value != null) {
                    runs = added(runs, first, end, value);
                    p = end;
                } else {
                    p = equalEnd;
                }
            }
            return runs;
        }

        private List<Run> added(List<Run> runs, int first, int end, String value) {
            List<Run> more = runs.isEmpty() ? new ArrayList<>() : runs;
            more.add(new Run(bounds[2 * first], bounds[2 * end - 1], value));
            return more;
        }

        private boolean whiteSeparator(String text) {
            for (int k = separatorStart; k < separatorStart + separatorLength; k++) {
                if (!Character.isWhitespace(text.charAt(k))) {
                    return false;
                }
            }
            return true;
        }

        /** A piece of two or more small letters and nothing else: a word of the prose around a value. */
        private boolean isWord(String text, int piece) {
            int start = bounds[2 * piece];
            int end = bounds[2 * piece + 1];
            for (int k = start; k < end; k++) {
                if (text.charAt(k) < 'a' || text.charAt(k) > 'z') {
                    return false;
                }
            }
            return end - start >= 2;
        }

        /** What pieces {@code [first, end)}, all {@code chunk} long but perhaps the last, spell when joined, or null. */
        private String spelled(String text, int first, int end, int chunk) {
            int pieces = end - first;
            int joinedLength = chunk * (pieces - 1) + length(end - 1);
            boolean letters = chunk == 1 && pieces >= MIN_LETTERS;
            boolean chunked = chunk >= 2 && chunk <= MAX_CHUNK && pieces >= 3 && joinedLength >= MIN_CHUNKED;
            if (!letters && !chunked || chunked && numbers(text, first, end)) {
                return null;
            }
            StringBuilder joined = new StringBuilder(joinedLength);
            boolean digit = false;
            for (int p = first; p < end; p++) {
                for (int k = bounds[2 * p]; k < bounds[2 * p + 1]; k++) {
                    char c = text.charAt(k);
                    digit |= c >= '0' && c <= '9';
                    joined.append(c);
                }
            }
            return digit ? joined.toString() : null;
        }

        /**
         * Digits only, split by anything but one dot: a number in the groups people write it in (one space, one
         * dash: read as written), or a list or column of numbers, whose joined digits would be a number nobody wrote.
         */
        private boolean numbers(String text, int first, int end) {
            if (separatorLength == 1 && text.charAt(separatorStart) == '.') {
                return false;
            }
            for (int p = first; p < end; p++) {
                for (int k = bounds[2 * p]; k < bounds[2 * p + 1]; k++) {
                    if (text.charAt(k) < '0' || text.charAt(k) > '9') {
                        return false;
                    }
                }
            }
            return true;
        }

        /** The characters pieces {@code [first, end)} are codes of, or null when none of them is a letter. */
        private String codes(String text, int first, int end) {
            StringBuilder decoded = new StringBuilder(end - first);
            boolean letter = false;
            for (int p = first; p < end; p++) {
                int code = code(text, p);
                letter |= code >= 'a' && code <= 'z' || code >= 'A' && code <= 'Z';
                decoded.append((char) code);
            }
            return letter ? decoded.toString() : null;
        }

        /**
         * The printable ASCII character (32 to 126) piece {@code piece} is the code of, in decimal (two or three
         * digits) or as {@code 0x} and two hex digits; -1 when it is none.
         */
        private int code(String text, int piece) {
            int start = bounds[2 * piece];
            int length = bounds[2 * piece + 1] - start;
            int value = -1;
            if (length == 4 && text.charAt(start) == '0' && (text.charAt(start + 1) | 0x20) == 'x') {
                int high = Character.digit(text.charAt(start + 2), 16);
                int low = Character.digit(text.charAt(start + 3), 16);
                value = high < 0 || low < 0 ? -1 : high * 16 + low;
            } else if (length == 2 || length == 3) {
                value = 0;
                for (int k = start; k < start + length && value >= 0; k++) {
                    char c = text.charAt(k);
                    value = c < '0' || c > '9' ? -1 : value * 10 + (c - '0');
                }
            }
            return value >= 0x20 && value <= 0x7e ? value : -1;
        }

        private int length(int piece) {
            return bounds[2 * piece + 1] - bounds[2 * piece];
        }
    }

    private static boolean isPieceChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '+'
                || c == '=';
    }

    private static boolean isSeparatorChar(char c) {
        return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '-' || c == '.' || c == ',' || c == '|'
                || c == '*' || c == ':' || c == ';';
    }
}
