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
 *       {@code 0x67, 0x68, …}, {@code 01100111 01101000 …} (binary).</li>
 * </ul>
 * A piece is a run of ASCII letters, digits, {@code _}, {@code +} and {@code =}; a separator a run of one to
 * {@link #MAX_SEPARATOR} characters of white space and {@code - . , | * : ;}, the same between every two pieces of
 * a run. The text is read a second time with {@code - . /} inside pieces and white space alone between them, so that
 * a value holding dashes or dots is found spelled out too ({@code x o x b - 2 7 4 8 …}). Each run is read back as the value it spells (its pieces joined, or its codes as characters), to be
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
    /**
     * How far from its nearest digit a run is read: every run holds a digit, and text further than this from any is
     * skipped (a value spelled over more than this many characters on each side of all its digits is not read).
     */
    static final int REACH = 512;
    /** How many words of the prose on each side of a spelled value are read as perhaps its own chunks. */
    static final int MAX_WORDS_READ = 2;

    /**
     * The characters {@code [start, end)} of the text spell {@code value}. When words of the prose around the value
     * may be its own chunks, the value holds several readings, a line each, the first without those words, and
     * {@code readings} holds where each reading's pieces stand in the run (a start and an end, from the run's start);
     * otherwise {@code readings} is null ({@link #writtenBack}). {@code toValue} maps the text's offsets inside the
     * run to the value's (for a run with readings, to its first line).
     */
    record Run(int start, int end, String value, int[] readings, PieceOffsets toValue) {
        Run(int start, int end, String value, PieceOffsets toValue) {
            this(start, end, value, null, toValue);
        }
    }

    /**
     * What a run is written back as once its value is redacted: for a run with readings, the marker of the first
     * reading that holds one, with the words that reading left out as written around it, so that the prose stays and
     * no chunk of the value does; for any other run, its redacted value. {@code written} is the run as written.
     */
    static String writtenBack(String redacted, Run run, String written) {
        int[] spans = run.readings();
        if (spans == null) {
            return redacted;
        }
        String[] readings = redacted.split("\n", -1);
        if (readings.length == spans.length / 2) {
            for (int r = 0; r < readings.length; r++) {
                String marker = markerIn(readings[r]);
                if (marker != null) {
                    return written.substring(0, spans[2 * r]) + marker + written.substring(spans[2 * r + 1]);
                }
            }
        }
        String marker = markerIn(redacted);
        return marker == null ? redacted : marker;
    }

    private static String markerIn(String text) {
        int open = text.indexOf("[REDACTED:");
        int close = open < 0 ? -1 : text.indexOf(']', open);
        return close < 0 ? null : text.substring(open, close + 1);
    }

    private SpelledRuns() {
    }

    /**
     * Whether the text may hold a run: eight characters with a separator between each two at least, and a digit
     * (every shape needs one: a value's, or a code's).
     */
    static boolean mayHold(String text) {
        return text.length() >= 2 * MIN_LETTERS - 1 && nextDigit(text, 0) >= 0;
    }

    /**
     * The runs of the text, read two ways in one pass: with dashes and dots as separators ({@code ghp_-R8bY-…},
     * {@code 4539.1488…}), and with them inside pieces, where white space alone separates ({@code x o x b - 2 7 4 8 …});
     * where runs of the two readings overlap, the longer is kept. Text further than {@link #REACH} from every digit
     * is skipped.
     */
    static List<Run> in(String text) {
        Reading separatedByPunctuation = new Reading();
        Reading separatedByWhiteSpace = new Reading();
        int n = text.length();
        int last = -REACH - 1; // the last digit read
        int near = -1; // a digit known to lie ahead, within reach
        int i = 0;
        while (i < n) {
            if (i - last > REACH && near < i) {
                int next = nextDigit(text, i);
                if (next < 0 || next - i > REACH) {
                    // every run holds a digit, and none is this near: skip to white space near the next one
                    separatedByPunctuation.end(text, i);
                    separatedByWhiteSpace.end(text, i);
                    if (next < 0) {
                        break;
                    }
                    i = nextWhiteSpace(text, next - REACH);
                    separatedByPunctuation.restartAt(i);
                    separatedByWhiteSpace.restartAt(i);
                    continue;
                }
                near = next;
            }
            char c = text.charAt(i);
            if (c <= '9' && c >= '0') {
                last = i;
            }
            byte kinds = c < 128 ? KINDS[c] : 0;
            byte byPunctuation = (byte) (kinds & 3);
            byte byWhiteSpace = (byte) (kinds >> 2);
            if (byPunctuation != separatedByPunctuation.kind) {
                separatedByPunctuation.change(text, i, byPunctuation);
            }
            if (byWhiteSpace != separatedByWhiteSpace.kind) {
                separatedByWhiteSpace.change(text, i, byWhiteSpace);
            }
            i++;
        }
        List<Run> runs = separatedByPunctuation.end(text, n);
        List<Run> spaced = separatedByWhiteSpace.end(text, n);
        if (spaced.isEmpty()) {
            return runs;
        }
        List<Run> both = new ArrayList<>(runs);
        both.addAll(spaced);
        both.sort(java.util.Comparator.comparingInt(Run::start));
        List<Run> kept = new ArrayList<>();
        for (Run run : both) {
            int previous = kept.size() - 1;
            if (previous < 0 || kept.get(previous).end() <= run.start()) {
                kept.add(run);
            } else if (run.end() - run.start() > kept.get(previous).end() - kept.get(previous).start()) {
                kept.set(previous, run); // of two runs that overlap, the longer
            }
        }
        return kept;
    }

    /**
     * One reading of a text, fed a character at a time: the characters of one kind (piece, separator, other) make a
     * token, and each token, once it ends, is added to the pieces, separates them, or ends the run being read.
     */
    private static final class Reading {
        private final Pieces pieces = new Pieces();
        private List<Run> runs = List.of();
        /** The kind of the token being read, and where it started. */
        private byte kind = OTHER;
        private int start;

        /** A character of another kind than the token's stands at {@code i}: the token ends, another begins. */
        void change(String text, int i, byte k) {
            token(text, i);
            kind = k;
            start = i;
        }

        /** The runs read, once the token before {@code i} is taken and the run being read is ended. */
        List<Run> end(String text, int i) {
            token(text, i);
            runs = pieces.close(text, runs);
            pieces.clear();
            kind = OTHER;
            start = i;
            return runs;
        }

        void restartAt(int i) {
            kind = OTHER;
            start = i;
        }

        /** The token {@code [start, i)} has ended. */
        private void token(String text, int i) {
            if (i <= start) {
                return;
            }
            if (kind == PIECE) {
                if (i - start > MAX_CHUNK) {
                    runs = pieces.close(text, runs);
                    pieces.clear();
                } else if (!pieces.add(text, start, i)) {
                    runs = pieces.close(text, runs);
                    pieces.clear();
                    pieces.add(text, start, i);
                }
            } else if (kind == SEPARATOR) {
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
            }
        }
    }

    private static int nextDigit(String text, int from) {
        for (int k = from; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c <= '9' && c >= '0') {
                return k;
            }
        }
        return -1;
    }

    private static int nextWhiteSpace(String text, int from) {
        int k = from;
        while (k < text.length() && text.charAt(k) != ' ' && text.charAt(k) != '\n' && text.charAt(k) != '\t'
                && text.charAt(k) != '\r') {
            k++;
        }
        return k;
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
            } else if (length != separatorLength || !sameSeparator(text, start, length)) {
                return false;
            }
            awaitingPiece = true;
            return true;
        }

        private boolean sameSeparator(String text, int start, int length) {
            for (int k = 0; k < length; k++) {
                if (text.charAt(start + k) != text.charAt(separatorStart + k)) {
                    return false;
                }
            }
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
            if (count < 3 || !hasDigit(text, 0, count)) {
                return runs; // every run holds a digit
            }
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
                int stretchEnd = chunk > 1 && equalEnd < count && length(equalEnd) < chunk ? equalEnd + 1 : equalEnd;
                if (!longEnough(p, stretchEnd, chunk) || !hasDigit(text, p, stretchEnd)) {
                    p = equalEnd;
                    continue;
                }
                int end = stretchEnd;
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
                if (value != null && (first > p || end < stretchEnd)) {
                    // the words may be the value's own chunks (a token's chunk of small letters): the value is read
                    // with none, one or two of them on each side, and the reading found is redacted
                    runs = runs.isEmpty() ? new ArrayList<>() : runs;
                    runs.add(readings(text, p, first, end, stretchEnd));
                    p = stretchEnd;
                } else if (value != null) {
                    runs = added(runs, first, end, value);
                    p = end;
                } else {
                    p = equalEnd;
                }
            }
            return runs;
        }

        /** {@code runs} with pieces {@code [first, end)} added as a run; each piece spells one character of a code. */
        private List<Run> added(List<Run> runs, int first, int end, String value) {
            List<Run> more = runs.isEmpty() ? new ArrayList<>() : runs;
            int[] starts = new int[end - first];
            int[] ends = new int[end - first];
            int[] valueStarts = new int[end - first];
            boolean codes = value.length() == end - first;
            int at = 0;
            for (int p = first; p < end; p++) {
                starts[p - first] = bounds[2 * p];
                ends[p - first] = bounds[2 * p + 1];
                valueStarts[p - first] = at;
                at += codes ? 1 : length(p);
            }
            more.add(new Run(bounds[2 * first], bounds[2 * end - 1], value,
                    new PieceOffsets(starts, ends, valueStarts, value.length())));
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

        /**
         * A run over pieces {@code [from, to)} whose value may be pieces {@code [first, end)} alone or with up to two
         * of the words before or after them.
         */
        private Run readings(String text, int from, int first, int end, int to) {
            int runStart = bounds[2 * from];
            StringBuilder value = new StringBuilder();
            List<Integer> spans = new ArrayList<>();
            for (int before = 0; before <= Math.min(MAX_WORDS_READ, first - from); before++) {
                for (int after = 0; after <= Math.min(MAX_WORDS_READ, to - end); after++) {
                    int readFirst = first - before;
                    int readEnd = end + after;
                    value.append(value.length() == 0 ? "" : "\n").append(joined(text, readFirst, readEnd));
                    spans.add(bounds[2 * readFirst] - runStart);
                    spans.add(bounds[2 * readEnd - 1] - runStart);
                }
            }
            int[] readings = spans.stream().mapToInt(Integer::intValue).toArray();
            return new Run(runStart, bounds[2 * to - 1], value.toString(), readings, firstReading(first, end));
        }

        /**
         * Where pieces {@code [first, end)}, the reading without the words around it, stand in the value's first line:
         * a finding in the text as written over those pieces is the spelled value's too.
         */
        private PieceOffsets firstReading(int first, int end) {
            int[] starts = new int[end - first];
            int[] ends = new int[end - first];
            int[] valueStarts = new int[end - first];
            int at = 0;
            for (int p = first; p < end; p++) {
                starts[p - first] = bounds[2 * p];
                ends[p - first] = bounds[2 * p + 1];
                valueStarts[p - first] = at;
                at += length(p);
            }
            return new PieceOffsets(starts, ends, valueStarts, at);
        }

        /** Whether pieces {@code [first, end)} are enough for a run of their shape, before any word is left out. */
        private boolean longEnough(int first, int end, int chunk) {
            int pieces = end - first;
            return chunk == 1 ? pieces >= MIN_LETTERS
                    : chunk <= MAX_CHUNK && pieces >= 3 && chunk * (pieces - 1) + length(end - 1) >= MIN_CHUNKED;
        }

        private boolean hasDigit(String text, int first, int end) {
            for (int k = bounds[2 * first]; k < bounds[2 * end - 1]; k++) {
                char c = text.charAt(k);
                if (c >= '0' && c <= '9') {
                    return true;
                }
            }
            return false;
        }

        private String joined(String text, int first, int end) {
            StringBuilder joined = new StringBuilder();
            for (int p = first; p < end; p++) {
                joined.append(text, bounds[2 * p], bounds[2 * p + 1]);
            }
            return joined.toString();
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
         * So are pieces of digits with dashes, dots or slashes inside (read the second way: ranges, coordinates,
         * dates, the numbers of an SVG path), whose joined value would hold groups nobody wrote, a card's among them.
         */
        private boolean numbers(String text, int first, int end) {
            if (separatorLength == 1 && text.charAt(separatorStart) == '.') {
                return false;
            }
            for (int p = first; p < end; p++) {
                for (int k = bounds[2 * p]; k < bounds[2 * p + 1]; k++) {
                    char c = text.charAt(k);
                    if ((c < '0' || c > '9') && c != '-' && c != '.' && c != '/') {
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
         * digits), as {@code 0x} and two hex digits, or in binary (seven or eight digits); -1 when it is none.
         */
        private int code(String text, int piece) {
            int start = bounds[2 * piece];
            int length = bounds[2 * piece + 1] - start;
            int value = -1;
            if (length == 4 && text.charAt(start) == '0' && (text.charAt(start + 1) | 0x20) == 'x') {
                int high = Character.digit(text.charAt(start + 2), 16);
                int low = Character.digit(text.charAt(start + 3), 16);
                value = high < 0 || low < 0 ? -1 : high * 16 + low;
            } else if ((length == 7 || length == 8) && isBinary(text, start, length)) {
                value = Integer.parseInt(text, start, start + length, 2);
            } else if (length == 2 || length == 3) {
                value = 0;
                for (int k = start; k < start + length && value >= 0; k++) {
                    char c = text.charAt(k);
                    value = c < '0' || c > '9' ? -1 : value * 10 + (c - '0');
                }
            }
            return value >= 0x20 && value <= 0x7e ? value : -1;
        }

        private boolean isBinary(String text, int start, int length) {
            for (int k = start; k < start + length; k++) {
                if (text.charAt(k) != '0' && text.charAt(k) != '1') {
                    return false;
                }
            }
            return true;
        }

        private int length(int piece) {
            return bounds[2 * piece + 1] - bounds[2 * piece];
        }
    }

    /** What a character is in a reading: a piece's, a separator's, or neither (non-ASCII characters are neither). */
    private static final byte OTHER = 0;
    private static final byte PIECE = 1;
    private static final byte SEPARATOR = 2;
    /** Per ASCII character, its kind when punctuation separates (low two bits) and when white space alone does. */
    private static final byte[] KINDS = new byte[128];

    static {
        for (char c = 0; c < 128; c++) {
            boolean piece = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
                    || c == '+' || c == '=';
            boolean white = c == ' ' || c == '\n' || c == '\r' || c == '\t';
            boolean inPieceWhenSpaced = c == '-' || c == '.' || c == '/';
            boolean punctuation = c == '-' || c == '.' || c == ',' || c == '|' || c == '*' || c == ':' || c == ';';
            byte byPunctuation = piece ? PIECE : white || punctuation ? SEPARATOR : OTHER;
            byte byWhiteSpace = piece || inPieceWhenSpaced ? PIECE : white ? SEPARATOR : OTHER;
            KINDS[c] = (byte) (byPunctuation | byWhiteSpace << 2);
        }
    }
}
