package io.interven.gateway.core.fields;

import java.util.ArrayList;
import java.util.List;

/**
 * Values written a character at a time with the same decoration around every character, whatever it is: a filler
 * between them ({@code g_h_p___R_8…}, {@code g/h/p/…}, {@code gxhxpx…}), each character quoted or bracketed
 * ({@code ['g', 'h', 'p', …]}, {@code [g][h][p]…}, {@code (g)(h)(p)…}), or each written twice
 * ({@code gghhpp__RR88…}); and character codes with the same decoration between them ({@code chr(103)+chr(104)+…},
 * {@code [char]103+[char]104+…}). Each run is read back as the value it spells, to be scanned beside the text as
 * written. {@link SpelledRuns} reads the common separators (white space, {@code - . , | * : ;}) in chunks too; this
 * reads any decoration, one character at a time.
 * <p>
 * A run counts with at least {@value #MIN_CHARACTERS} characters, and only when it spells what a secret or an address
 * could be: a letter and a digit (tokens, keys), or an {@code @} with a dot after it (an e-mail address). A list of
 * single letters, a row of a table of digits, ASCII art and hex dumps spell neither. A decoration is at most
 * {@value #MAX_DECORATION} characters and begins with a character that is neither a letter nor a digit, or is one
 * letter alone (a filler); codes are decimal, 32 to 126, with at most {@value #MAX_CODE_DECORATION} characters
 * between them, punctuation among those and no digit. A character glued to a word just before or after a run is the
 * word's.
 */
final class DecoratedRuns {
    static final int MIN_CHARACTERS = 8;
    static final int MAX_DECORATION = 6;
    static final int MAX_CODE_DECORATION = 10;
    /** What stands right before a code in hex: percent-encoding, an escape, a character reference, a prefix. */
    private static final String HEX_MARKS = "%\\#xXuU";
    /**
     * Texts of at most this many characters are read from a buffer of each thread's own rather than a copy of their
     * own: the reader runs on nearly every text with a digit, and a copy a text was most of what a scan allocated in
     * field extraction. A thread's buffer grows to the longest such text it has read (64 KB at most), so a thread that
     * reads short texts keeps a short one; longer texts (rare) get a copy of their own.
     */
    private static final int REUSED_CHARS = 1 << 15;
    private static final ThreadLocal<char[]> BUFFER = ThreadLocal.withInitial(() -> new char[256]);

    private DecoratedRuns() {
    }

    /**
     * Whether the text may hold a run: {@code withDigit} tells it is long enough and holds a digit (as
     * {@link SpelledRuns#mayHold} does, read once for both); otherwise an {@code @} is looked for.
     */
    static boolean mayHold(String text, boolean withDigit) {
        return withDigit || text.length() >= 2 * MIN_CHARACTERS - 1 && text.indexOf('@') >= 0;
    }

    static List<SpelledRuns.Run> in(String text) {
        int n = text.length();
        char[] chars = n <= REUSED_CHARS ? buffer(n) : new char[n];
        text.getChars(0, n, chars, 0);
        return in(chars, n);
    }

    /** This thread's buffer, grown to hold {@code n} characters (at most {@link #REUSED_CHARS}). */
    private static char[] buffer(int n) {
        char[] buffer = BUFFER.get();
        if (buffer.length < n) {
            buffer = new char[Math.min(REUSED_CHARS, Integer.highestOneBit(n - 1) << 1)];
            BUFFER.set(buffer);
        }
        return buffer;
    }

    /** The runs among the first {@code n} characters of {@code text}. */
    private static List<SpelledRuns.Run> in(char[] text, int n) {
        List<SpelledRuns.Run> runs = List.of();
        int last = n - (2 * MIN_CHARACTERS - 1);
        int i = 0;
        while (i <= last) {
            char c = text[i];
            SpelledRuns.Run run = null;
            if (isValueCharacter(c)) {
                char next = text[i + 1];
                if (isDigit(c) && (i == 0 || !isDigit(text[i - 1]))) {
                    run = codesFrom(text, n, i);
                }
                if (run == null && next == c) {
                    run = doubledFrom(text, n, i);
                } else if (run == null && mayBeDecorated(text, n, i, next)) {
                    run = decoratedFrom(text, n, i);
                }
            }
            if (run != null) {
                if (spellsAValue(run.value())) {
                    runs = runs.isEmpty() ? new ArrayList<>() : runs;
                    runs.add(run);
                }
                i = run.end(); // a run that spells no value is passed over whole, so each character is read once
            } else {
                i++;
            }
        }
        return runs;
    }

    /**
     * A cheap look before reading a run from {@code i}: the decoration's first character ({@code mark}) stands again
     * one and two strides on, for some stride. A letter decorates alone (a filler, a stride of two); a digit, a line
     * break and a character past ASCII do not begin a decoration.
     */
    private static boolean mayBeDecorated(char[] text, int n, int i, char mark) {
        if (isAsciiLetter(mark)) {
            return text[i + 3] == mark && text[i + 5] == mark;
        }
        if (mark >= 127 || isDigit(mark) || mark == '\n' || mark == '\r') {
            return false;
        }
        for (int stride = 2; stride <= MAX_DECORATION + 1 && i + 1 + 2 * stride < n; stride++) {
            if (text[i + 1 + stride] == mark && text[i + 1 + 2 * stride] == mark) {
                return true;
            }
        }
        return false;
    }

    /** Characters at one stride from {@code start}, the same decoration between each two; the longest, or null. */
    private static SpelledRuns.Run decoratedFrom(char[] text, int n, int start) {
        char mark = text[start + 1];
        int bestStride = 0;
        int bestCount = 0;
        // a letter decorates alone (a filler); any other decoration may be longer
        int longest = isAsciiLetter(mark) ? 2 : MAX_DECORATION + 1;
        for (int stride = 2; stride <= longest; stride++) {
            if (start + (MIN_CHARACTERS - 1) * stride >= n || text[start + 1 + stride] != mark
                    || text[start + 1 + 2 * stride] != mark) {
                continue;
            }
            int count = 1;
            while (start + count * stride < n && isValueCharacter(text[start + count * stride])
                    && same(text, start + 1, start + (count - 1) * stride + 1, stride - 1)) {
                count++;
            }
            if (count > bestCount) {
                bestCount = count;
                bestStride = stride;
            }
        }
        // a character glued to a word before or after the run is the word's, not the run's ("to j o h n ... c o m
        // today"), unless the decoration stands there too (a filler before the first character or after the last)
        int decoration = bestStride - 1;
        boolean decoratedBefore = start >= decoration && same(text, start + 1, start - decoration, decoration);
        int first = start > 0 && Character.isLetterOrDigit(text[start - 1]) && !decoratedBefore ? 1 : 0;
        int lastAt = start + (bestCount - 1) * bestStride;
        boolean decoratedAfter = lastAt + decoration < n && same(text, start + 1, lastAt + 1, decoration);
        int count = lastAt + 1 < n && Character.isLetterOrDigit(text[lastAt + 1]) && !decoratedAfter
                ? bestCount - 1 : bestCount;
        if (count - first < MIN_CHARACTERS) {
            return null;
        }
        List<int[]> pieces = new ArrayList<>(count - first);
        StringBuilder value = new StringBuilder(count - first);
        for (int k = first; k < count; k++) {
            int at = start + k * bestStride;
            pieces.add(new int[] {at, at + 1, k - first});
            value.append(text[at]);
        }
        return runOf(pieces, value);
    }

    /** Each character written twice ({@code gghhpp}), from {@code start}; null when fewer than the fewest. */
    private static SpelledRuns.Run doubledFrom(char[] text, int n, int start) {
        char first = text[start];
        if (text[start + 1] != first || text[start + 2] == first
                || text[start + 3] != text[start + 2]) {
            return null;
        }
        int at = start;
        while (at + 1 < n && isValueCharacter(text[at]) && text[at + 1] == text[at]) {
            at += 2;
        }
        int doubled = (at - start) / 2;
        if (doubled < MIN_CHARACTERS) {
            return null;
        }
        List<int[]> pieces = new ArrayList<>(doubled);
        StringBuilder value = new StringBuilder(doubled);
        for (int k = 0; k < doubled; k++) {
            int from = start + 2 * k;
            pieces.add(new int[] {from, from + 2, k});
            value.append(text[from]);
        }
        return runOf(pieces, value);
    }

    /**
     * Decimal character codes with the same decoration between each two, from {@code start}; or null. The run is
     * measured first and built only when it counts, so that the numbers of a text (most of them no such run) cost no
     * allocation.
     */
    private static SpelledRuns.Run codesFrom(char[] text, int n, int start) {
        if (!isDigit(text[start]) || (start > 0 && isDigit(text[start - 1]))) {
            return null;
        }
        int at = start;
        int codes = 0;
        int lastEnd = -1;
        int decorationStart = -1;
        int decorationLength = -1;
        while (true) {
            int end = codeEnd(text, n, at);
            if (end < 0) {
                break;
            }
            codes++;
            lastEnd = end;
            int next = end;
            while (next < n && next - end <= MAX_CODE_DECORATION && !isDigit(text[next])) {
                next++;
            }
            int length = next - end;
            if (next == n || length == 0 || length > MAX_CODE_DECORATION) {
                break;
            }
            if (decorationStart < 0) {
                decorationStart = end;
                decorationLength = length;
            } else if (length != decorationLength || !same(text, decorationStart, end, length)) {
                break;
            }
            at = next;
        }
        if (codes < MIN_CHARACTERS || decorationLength <= 0) {
            return null;
        }
        // passed over whole, spelling nothing, so that no code of the run is read again from the next one:
        // %67%68, \x67, &#x67; and 0x67 are hex, which the encodings and escapes read; numbered words and items
        // ("item 40 item 41") are no codes; codes a space apart are SpelledRuns' to read (as numbers too)
        if (HEX_MARKS.indexOf(text[decorationStart + decorationLength - 1]) >= 0
                || !hasPunctuation(text, decorationStart, decorationStart + decorationLength)
                || text[decorationStart] == ' ' && decorationLength == 1) {
            return new SpelledRuns.Run(start, lastEnd, "", null);
        }
        List<int[]> pieces = new ArrayList<>(codes);
        StringBuilder value = new StringBuilder(codes);
        at = start;
        for (int k = 0; k < codes; k++) {
            int end = codeEnd(text, n, at);
            pieces.add(new int[] {at, end, k});
            value.append((char) codeIn(text, at, end));
            at = end + decorationLength;
        }
        return runOf(pieces, value);
    }

    /** The character code written in {@code [from, to)}, digits only. */
    private static int codeIn(char[] text, int from, int to) {
        int code = 0;
        for (int k = from; k < to; k++) {
            code = code * 10 + text[k] - '0';
        }
        return code;
    }

    /**
     * The end of a character code of one to three digits at {@code at}, 32 to 126 and no digit after it; or -1.
     */
    private static int codeEnd(char[] text, int n, int at) {
        int end = at;
        int code = 0;
        while (end < n && end - at < 4 && isDigit(text[end])) {
            code = code * 10 + text[end] - '0';
            end++;
        }
        if (end == at || end - at > 3 || (end < n && isDigit(text[end])) || code < 32 || code > 126) {
            return -1;
        }
        return end;
    }

    private static SpelledRuns.Run runOf(List<int[]> pieces, StringBuilder value) {
        String spelled = value.toString();
        int[] last = pieces.get(pieces.size() - 1);
        return new SpelledRuns.Run(pieces.get(0)[0], last[1], spelled, PieceOffsets.of(pieces, spelled.length()));
    }

    /** A letter and a digit (a token, a key), or an {@code @} with a dot after it (an e-mail address). */
    static boolean spellsAValue(String value) {
        boolean letter = false;
        boolean digit = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            letter |= (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
            digit |= c >= '0' && c <= '9';
        }
        int at = value.indexOf('@');
        return (letter && digit) || (at > 0 && value.indexOf('.', at) > at + 1);
    }

    private static boolean hasPunctuation(char[] text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text[i];
            if (c > ' ' && !Character.isLetterOrDigit(c)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code length} characters from {@code a} and from {@code b} are the same. */
    private static boolean same(char[] text, int a, int b, int length) {
        for (int k = 0; k < length; k++) {
            if (text[a + k] != text[b + k]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isValueCharacter(char c) {
        return c > ' ' && c < 127;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
