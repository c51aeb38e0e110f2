package io.interven.gateway.core.normalize;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.text.Normalizer2;
import java.util.Arrays;

/**
 * What detectors match against: the text in NFKC (full-width and mathematical letters and digits, {@code ＠},
 * ligatures and other compatibility forms become their plain characters), without invisible characters and
 * characters that stand for no text ({@link InvisibleCharacters}: format characters, controls other than white
 * space, private-use and unassigned code points, lone surrogates), with non-ASCII look-alikes of ASCII replaced by
 * that ASCII ({@link AsciiConfusables}), the decimal digits of every script read as ASCII digits ({@code ٥٣٦} is
 * {@code 536}), a Latin letter with marks read as its letter inside a run that holds a digit or an underscore (a key
 * or token: {@code AKIAZ7Q3LKḰJ5MX2NPV4W}; a word of prose keeps its accents), and without the combining marks left
 * on an ASCII character once NFKC has composed what it can: {@code e} and U+0301 still become {@code é} (text typed
 * decomposed reads as ever), but an underline,
 * strike-through or enclosing circle drawn over each character of a token no longer hides it. A text of ASCII
 * without stray controls (most traffic) is returned as it is after one pass over its characters and no allocation
 * beyond the result ({@link #isPlain}).
 *
 * <p>Linear: one pass over the text, no regular expression, no recursion. NFKC is applied per normalization
 * segment (a character and the combining marks after it); a segment longer than {@link #MAX_SEGMENT} characters
 * (only adversarial text has one) is cut there, so the sorting of combining marks stays bounded.
 */
public final class TextNormalizer {
    /** The buffer {@link #isAscii} copies a text into, a block at a time. */
    private static final ThreadLocal<char[]> ASCII_CHECK_BLOCK = ThreadLocal.withInitial(() -> new char[4096]);

    static final int MAX_SEGMENT = 32;
    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
    private static final Normalizer2 NFD = Normalizer2.getNFDInstance();
    /** How far {@link Output#inTokenRun} looks on each side of a letter for a digit or an underscore. */
    static final int TOKEN_RUN_REACH = 64;

    private TextNormalizer() {
    }

    /**
     * Loads the Unicode data (the look-alike table takes a fraction of a second to build) now, so that the first
     * scan with non-ASCII text does not wait for it.
     */
    public static void prepare() {
        AsciiConfusables.asciiFor(0x430);
        InvisibleCharacters.isInvisible(0x200B);
    }

    /**
     * True when every character is ASCII: such a text is its own normalization. Branch-free passes over the
     * characters copied a block at a time into a buffer of the thread's: a loop over String.charAt is compiled from
     * the profile of charAt itself, which every caller in the JVM shares, and runs up to half as fast in some JVMs as
     * in others; over an array the JIT also vectorizes it. Every scanned field is asked, so no copy of the whole
     * field is made for it.
     */
    public static boolean isAscii(String text) {
        char[] block = ASCII_CHECK_BLOCK.get();
        int n = text.length();
        int seen = 0;
        for (int from = 0; from < n && seen < 0x80; from += block.length) {
            int length = Math.min(block.length, n - from);
            text.getChars(from, from + length, block, 0);
            for (int i = 0; i < length; i++) {
                seen |= block[i];
            }
        }
        return seen < 0x80;
    }

    /**
     * True when {@code text} is its own normalization: every character is ASCII and none is a control other than
     * white space ({@link InvisibleCharacters#isStrayAsciiControl}). The same branch-free pass over blocks as
     * {@link #isAscii}: adding one to each character before the OR makes DEL (0x7F) count as outside ASCII, and a
     * second OR notes whether a block holds a character below a space; only such a block (a line break is enough)
     * is read again, from the buffer, for the stray ones.
     */
    public static boolean isPlain(String text) {
        char[] block = ASCII_CHECK_BLOCK.get();
        int n = text.length();
        for (int from = 0; from < n; from += block.length) {
            int length = Math.min(block.length, n - from);
            text.getChars(from, from + length, block, 0);
            int seen = 0;
            int belowSpace = 0;
            for (int i = 0; i < length; i++) {
                char c = block[i];
                seen |= c + 1; // 0x80 or more once some character is DEL or outside ASCII
                belowSpace |= c - 0x20; // negative once some character is below a space
            }
            if (seen >= 0x80 || belowSpace < 0 && hasStrayAsciiControl(block, length)) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasStrayAsciiControl(char[] block, int length) {
        for (int i = 0; i < length; i++) {
            char c = block[i];
            if (c < 0x20 && InvisibleCharacters.isStrayAsciiControl(c)) {
                return true;
            }
        }
        return false;
    }

    /** The normalized text; {@code null} for a null text. */
    public static String normalizedString(String text) {
        return text == null || isPlain(text) ? text : normalize(text).text();
    }

    public static NormalizedText normalize(String text) {
        int firstNonPlain = 0;
        int n = text.length();
        while (firstNonPlain < n && text.charAt(firstNonPlain) < 0x80
                && !InvisibleCharacters.isStrayAsciiControl(text.charAt(firstNonPlain))) {
            firstNonPlain++;
        }
        if (firstNonPlain == n) {
            return NormalizedText.unchanged(text);
        }
        // the ASCII character before the first non-ASCII one may compose with it
        int from = Math.max(0, firstNonPlain - 1);
        Output out = new Output(text, n + 8);
        for (int i = 0; i < from; i++) {
            out.append(text.charAt(i), i, i + 1);
        }
        int i = from;
        while (i < n) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (cp < 0x80 && (next == n || text.charAt(next) < 0x80)) {
                if (!InvisibleCharacters.isStrayAsciiControl(cp)) {
                    out.append((char) cp, i, next);
                }
            } else if (InvisibleCharacters.isInvisible(cp)) {
                // dropped; a span around it still covers it in the original
            } else if (isCombiningMark(cp) && out.endsWithAscii()) {
                // a mark NFKC left alone (an enclosing mark starts a segment of its own): dropped, as below
                out.cover(next);
            } else if (NFKC.isInert(cp) || (NFKC.getDecomposition(cp) == null
                    && (next == n || NFKC.hasBoundaryBefore(text.codePointAt(next))))) {
                // unchanged by NFKC: inert, or without a decomposition and alone in its segment
                out.appendMapped(cp, i, next);
            } else {
                next = segmentEnd(text, next, i);
                String normalized = NFKC.normalize(text.substring(i, next));
                for (int j = 0; j < normalized.length(); ) {
                    int c = normalized.codePointAt(j);
                    j += Character.charCount(c);
                    if (!InvisibleCharacters.isInvisible(c) && !(isCombiningMark(c) && out.endsWithAscii())) {
                        out.appendMapped(c, i, next);
                    }
                }
            }
            i = next;
        }
        return out.result();
    }

    /** A combining mark by ICU's Unicode data, which knows the marks added after the JDK's Unicode version. */
    private static boolean isCombiningMark(int cp) {
        int type = UCharacter.getType(cp);
        return type == UCharacterCategory.NON_SPACING_MARK || type == UCharacterCategory.ENCLOSING_MARK
                || type == UCharacterCategory.COMBINING_SPACING_MARK;
    }

    /**
     * The ASCII letter {@code cp} is made of with combining marks ({@code Ḱ} is {@code K} and an acute), or 0 for
     * any other character.
     */
    private static char asciiBaseOf(int cp) {
        String decomposed = NFD.getDecomposition(cp);
        if (decomposed == null || decomposed.isEmpty() || !isAsciiLetter(decomposed.charAt(0))) {
            return 0;
        }
        for (int k = 1; k < decomposed.length(); k++) {
            if (!isCombiningMark(decomposed.charAt(k))) {
                return 0;
            }
        }
        return decomposed.charAt(0);
    }

    /**
     * Where each character's run of token characters (ASCII letters and digits, {@code _}, {@code -}, letters,
     * marks) last held a digit or an underscore, looking back ({@code previous}) and ahead ({@code next}); -1 where
     * none stands before the run breaks. Made once per text, and only for a text with a letter that may be folded,
     * so that each question of {@link Output#inTokenRun} is two array reads whatever the text holds (a run of
     * accented letters no longer reads up to {@link #TOKEN_RUN_REACH} characters on each side of each).
     */
    private record TokenMarks(int[] previous, int[] next) {
        static TokenMarks of(String text) {
            int n = text.length();
            int[] previous = new int[n];
            int[] next = new int[n];
            for (int i = 0, last = -1; i < n; i++) {
                char c = text.charAt(i);
                last = isDigitOrUnderscore(c) ? i : isTokenCharacter(c) ? last : -1;
                previous[i] = last;
            }
            for (int i = n - 1, last = -1; i >= 0; i--) {
                char c = text.charAt(i);
                last = isDigitOrUnderscore(c) ? i : isTokenCharacter(c) ? last : -1;
                next[i] = last;
            }
            return new TokenMarks(previous, next);
        }
    }

    private static boolean isDigitOrUnderscore(char c) {
        return c >= '0' && c <= '9' || c == '_';
    }

    private static boolean isTokenCharacter(char c) {
        return isAsciiLetter(c) || c == '-' || Character.isLetter(c) || isCombiningMark(c);
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** The end of the normalization segment that starts at {@code start} and runs at least to {@code from}. */
    private static int segmentEnd(String text, int from, int start) {
        int end = from;
        while (end < text.length() && end - start < MAX_SEGMENT) {
            int cp = text.codePointAt(end);
            if (NFKC.hasBoundaryBefore(cp)) {
                break;
            }
            end += Character.charCount(cp);
        }
        return end;
    }

    /** The normalized text being built and, per character, its original span. */
    private static final class Output {
        private final String original;
        private final StringBuilder text;
        /** Made on the first question of {@link #inTokenRun}. */
        private TokenMarks marks;
        private int[] starts;
        private int[] ends;

        Output(String original, int capacity) {
            this.original = original;
            this.text = new StringBuilder(capacity);
            this.starts = new int[capacity];
            this.ends = new int[capacity];
        }

        void append(char c, int start, int end) {
            if (text.length() == starts.length) {
                int grown = starts.length + (starts.length >> 1) + 8;
                starts = Arrays.copyOf(starts, grown);
                ends = Arrays.copyOf(ends, grown);
            }
            starts[text.length()] = start;
            ends[text.length()] = end;
            text.append(c);
        }

        /** Extends the last character's span to {@code end}, over what was dropped after it. */
        void cover(int end) {
            ends[text.length() - 1] = Math.max(ends[text.length() - 1], end);
        }

        /** Whether the last character written is ASCII (false when nothing is written yet). */
        boolean endsWithAscii() {
            return text.length() > 0 && text.charAt(text.length() - 1) < 0x80;
        }

        /** Appends {@code cp}, the ASCII digit of its value when it is a decimal digit, or the ASCII it looks like. */
        void appendMapped(int cp, int start, int end) {
            if (cp < 0x80) {
                append((char) cp, start, end);
                return;
            }
            if (UCharacter.getType(cp) == UCharacterCategory.DECIMAL_DIGIT_NUMBER) {
                append((char) ('0' + UCharacter.digit(cp, 10)), start, end);
                return;
            }
            char base = asciiBaseOf(cp);
            if (base != 0 && inTokenRun(start, end)) {
                append(base, start, end);
                return;
            }
            String ascii = AsciiConfusables.asciiFor(cp);
            if (ascii != null) {
                for (int k = 0; k < ascii.length(); k++) {
                    append(ascii.charAt(k), start, end);
                }
            } else if (Character.isBmpCodePoint(cp)) {
                append((char) cp, start, end);
            } else {
                append(Character.highSurrogate(cp), start, end);
                append(Character.lowSurrogate(cp), start, end);
            }
        }

        /**
         * Whether {@code [start, end)} of the original stands in a run of token characters that holds a digit or an
         * underscore within {@link #TOKEN_RUN_REACH} characters on either side: a key or a token
         * ({@code AKIAZ7Q3LKḰJ5MX2NPV4W}), where a letter with marks is read as its letter, and not a word of prose
         * ({@code Müller}, {@code muéstrame}), which keeps its marks.
         */
        boolean inTokenRun(int start, int end) {
            if (marks == null) {
                marks = TokenMarks.of(original);
            }
            int before = start > 0 ? marks.previous()[start - 1] : -1;
            int after = end < original.length() ? marks.next()[end] : -1;
            return before >= 0 && before >= start - TOKEN_RUN_REACH || after >= 0 && after < end + TOKEN_RUN_REACH;
        }

        NormalizedText result() {
            String normalized = text.toString();
            return normalized.equals(original) ? NormalizedText.unchanged(original)
                    : NormalizedText.of(original, normalized, starts, ends);
        }
    }
}
