package io.interven.gateway.core.fields;

import java.util.ArrayList;
import java.util.List;

/**
 * The stretches of a prose text that may hold an encoding written inside it: maximal runs of base64 characters at least
 * {@link EncodedText#MIN_RUN_LENGTH} long, or shorter ones shaped like an encoding ({@link #looksEncoded}) ("the config
 * is eyJ0b2tlbi... thanks"; a run continues over a line break when its line so far is exactly 64 or 76 characters, the
 * widths base64 is wrapped at), and words with a valid percent-escape ("write to jane%40example.com"), Adobe's Ascii85
 * between {@code <~} and {@code ~>}, and uuencoded blocks. A base64 run inside such a word or block belongs to it. One
 * pass each.
 */
final class EncodedRuns {
    private EncodedRuns() {
    }

    /** {@code [start, end)} of the text; {@code percent}: a word with escapes rather than a base64 run. */
    record Run(int start, int end, boolean percent) {
    }

    /**
     * Whether a text without white space may hold an encoded run beside other characters: long enough for a run and a
     * character around it, and not made of base64 characters alone (such a text is read whole as an encoding), unless
     * one character too many keeps it from being read whole ({@link #withoutStrayEnds}).
     */
    static boolean mayHoldEmbedded(String text) {
        if (text.length() < EncodedText.MIN_RUN_LENGTH + 2) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (!isBase64Char(text.charAt(i))) {
                return true;
            }
        }
        return withoutStrayEnds(text, 0, text.length()).size() > 1;
    }

    /**
     * The spans of a base64 run to try, in order: the run as it is, then, when its length cannot be whole base64
     * ({@code 4k + 1} characters) or hex (an odd number of hex digits), the run without its last character and without
     * its first. A sender who adds one character to an encoding keeps a value the reader can still decode.
     */
    static List<int[]> withoutStrayEnds(String text, int start, int end) {
        int length = end - start;
        boolean hex = true;
        for (int i = start; i < end && hex; i++) {
            hex = Character.digit(text.charAt(i), 16) >= 0;
        }
        boolean stray = hex ? length % 2 == 1 : length % 4 == 1;
        if (!stray || length <= EncodedText.MIN_LENGTH) {
            return List.of(new int[] {start, end});
        }
        return List.of(new int[] {start, end}, new int[] {start, end - 1}, new int[] {start + 1, end});
    }

    /**
     * Where the signature of a JSON web token starts when the whole text is one ({@code eyJ…} and two more segments
     * of base64url between dots), or -1. A signature is bytes, never text: read as a run, one that happens to decode
     * to text would be taken for a value of its own under the token's name.
     */
    static int jwtSignatureStart(String text) {
        if (!text.startsWith("eyJ")) {
            return -1;
        }
        int first = text.indexOf('.');
        int second = first < 0 ? -1 : text.indexOf('.', first + 1);
        if (second < 0 || text.indexOf('.', second + 1) >= 0) {
            return -1;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '.' && !isBase64Char(c)) {
                return -1;
            }
        }
        return second + 1;
    }

    /** The percent words, Adobe's Ascii85 blocks, and the base64 runs outside them, in order. */
    static List<Run> in(String text) {
        List<Run> words = percentWords(text);
        words.addAll(ascii85Blocks(text));
        words.addAll(uuencodedBlocks(text));
        List<Run> runs = new ArrayList<>(words);
        for (Run run : base64Runs(text)) {
            boolean inWord = false;
            for (Run word : words) {
                inWord |= run.start() < word.end() && word.start() < run.end();
            }
            if (!inWord) {
                runs.add(run);
            }
        }
        runs.sort(java.util.Comparator.comparingInt(Run::start));
        return runs;
    }

    private static List<Run> percentWords(String text) {
        List<Run> words = new ArrayList<>();
        if (text.indexOf('%') < 0) {
            return words;
        }
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean space = i == text.length() || Character.isWhitespace(text.charAt(i));
            if (!space && start < 0) {
                start = i;
            } else if (space && start >= 0) {
                if (PercentCoding.hasEscape(text, start, i)) {
                    words.add(new Run(start, i, true));
                }
                start = -1;
            }
        }
        return words;
    }

    /** {@code <~...~>} with no white space inside: Adobe's Ascii85, which its delimiters tell wherever it stands. */
    private static List<Run> ascii85Blocks(String text) {
        List<Run> blocks = new ArrayList<>();
        int open = text.indexOf("<~");
        while (open >= 0) {
            int close = open + 2;
            while (close + 1 < text.length() && !Character.isWhitespace(text.charAt(close))
                    && !(text.charAt(close) == '~' && text.charAt(close + 1) == '>')) {
                close++;
            }
            boolean closed = close + 1 < text.length() && text.charAt(close) == '~' && text.charAt(close + 1) == '>';
            if (closed && close - open - 2 >= EncodedText.MIN_LENGTH) {
                blocks.add(new Run(open, close + 2, false));
            }
            open = text.indexOf("<~", closed ? close + 2 : close);
        }
        return blocks;
    }

    /** From a line that starts with {@code begin} and an octal mode to the next line that is {@code end}. */
    private static List<Run> uuencodedBlocks(String text) {
        List<Run> blocks = new ArrayList<>();
        int end = -1;
        for (int begin = text.indexOf("begin "); begin >= 0; begin = text.indexOf("begin ", begin + 1)) {
            if (end < begin) {
                end = endLine(text, begin); // the first after every begin up to it: looked for once
            }
            if (end < 0) {
                break;
            }
            boolean atLineStart = begin == 0 || text.charAt(begin - 1) == '\n';
            if (atLineStart && Uuencoding.mayBe(text.substring(begin, Math.min(end, begin + 10)))) {
                blocks.add(new Run(begin, end + 4, false));
                begin = end;
            }
        }
        return blocks;
    }

    /** Where the next line that is {@code end} begins, less its line break; -1 when none follows. */
    private static int endLine(String text, int from) {
        for (int k = text.indexOf("\nend", from); k >= 0; k = text.indexOf("\nend", k + 1)) {
            int after = k + 4;
            if (after == text.length() || text.charAt(after) == '\n' || text.charAt(after) == '\r') {
                return k;
            }
        }
        return -1;
    }

    private static List<Run> base64Runs(String text) {
        List<Run> runs = new ArrayList<>();
        int start = -1;
        int lineStart = -1;
        int width = -1;
        int i = 0;
        while (i <= text.length()) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (isBase64Char(c)) {
                if (start < 0) {
                    start = i;
                    lineStart = i;
                    width = -1;
                }
                i++;
                continue;
            }
            if (start >= 0) {
                int breakLength = c == '\n' ? 1 : c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? 2 : 0;
                int lineLength = i - lineStart;
                if (breakLength > 0 && i + breakLength < text.length() && isBase64Char(text.charAt(i + breakLength))
                        && (width < 0 ? isWrapWidth(lineLength, text.charAt(i - 1)) : lineLength == width)) {
                    width = lineLength;
                    i += breakLength;
                    lineStart = i;
                    continue;
                }
                if (i - start >= EncodedText.MIN_RUN_LENGTH || looksEncoded(text, start, i)) {
                    runs.add(new Run(start, i, false));
                }
                start = -1;
            }
            i++;
        }
        return runs;
    }

    /**
     * Whether a first line of {@code length} characters ending in {@code last} is one a base64 encoder wrapped at:
     * 64 or 76 (PEM, MIME), or any width of at least {@link #MIN_WRAP} that is a multiple of 4 (whole groups, as a
     * whole blob's lines are read; mail clients and tools wrap at 40, 60, 72, ...), not closed by padding. The
     * following lines of the run are then as long, but for the last.
     */
    private static boolean isWrapWidth(int length, char last) {
        return length == 64 || length == 76 || length >= MIN_WRAP && length % 4 == 0 && last != '=';
    }

    /**
     * Whether a run shorter than {@link EncodedText#MIN_RUN_LENGTH} (and at least {@link EncodedText#MIN_LENGTH}: an
     * SSN or a phone number is 16 characters of base64) is shaped like an encoding rather than a word: whole base64
     * groups ending in padding, or whole groups holding a capital, a small letter and a digit (base64 of text), or
     * an even number of hex digits with both digits and letters, or with {@code 0x} in front, or base32 groups ending
     * in padding. Words and identifiers of that length seldom are; those that are decode to bytes that are not text,
     * and are dropped.
     */
    static boolean looksEncoded(String text, int start, int end) {
        int length = end - start;
        if (length < EncodedText.MIN_LENGTH) {
            return false;
        }
        boolean upper = false;
        boolean lower = false;
        boolean digit = false;
        boolean hexOnly = true;
        boolean hexLetter = false;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            boolean isDigit = c >= '0' && c <= '9';
            boolean isHexLetter = c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
            upper |= c >= 'A' && c <= 'Z';
            lower |= c >= 'a' && c <= 'z';
            digit |= isDigit;
            hexLetter |= isHexLetter;
            hexOnly &= isDigit || isHexLetter;
        }
        if (hexOnly) {
            return length % 2 == 0 && digit && hexLetter;
        }
        if (isPrefixedHex(text, start, end) || isPaddedBase32(text, start, end)) {
            return true;
        }
        int padding = text.charAt(end - 1) != '=' ? 0 : text.charAt(end - 2) == '=' ? 2 : 1;
        int firstPad = text.indexOf('=', start);
        boolean padOnlyAtTheEnd = firstPad < 0 || firstPad >= end - padding;
        return length % 4 == 0 && padOnlyAtTheEnd && (padding > 0 || upper && lower && digit);
    }

    /** {@code 0x} and an even number of hex digits: bytes written as one number. */
    private static boolean isPrefixedHex(String text, int start, int end) {
        if (end - start < 4 || (end - start) % 2 != 0 || text.charAt(start) != '0'
                || (text.charAt(start + 1) != 'x' && text.charAt(start + 1) != 'X')) {
            return false;
        }
        for (int i = start + 2; i < end; i++) {
            if (PercentCoding.hex(text.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Whole base32 groups of 8 ending in its padding (one, three, four or six {@code =}). */
    private static boolean isPaddedBase32(String text, int start, int end) {
        if ((end - start) % 8 != 0 || text.charAt(end - 1) != '=') {
            return false;
        }
        int data = end;
        while (data > start && text.charAt(data - 1) == '=') {
            data--;
        }
        int padding = end - data;
        return (padding == 1 || padding == 3 || padding == 4 || padding == 6)
                && Base32.letterCase(text.substring(start, data), data - start) != null;
    }

    /** The narrowest wrap width read (a line of base64 groups), as for a whole wrapped blob. */
    static final int MIN_WRAP = 16;

    /** The characters of base64 and of its URL-safe form, padding included, by ASCII code. */
    private static final boolean[] BASE64_CHARS = new boolean[128];

    static {
        for (char c = 0; c < BASE64_CHARS.length; c++) {
            BASE64_CHARS[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '+'
                    || c == '/' || c == '=' || c == '-' || c == '_';
        }
    }

    /** One table read a character: every character of a prose text is asked. */
    private static boolean isBase64Char(char c) {
        return c < BASE64_CHARS.length && BASE64_CHARS[c];
    }
}
