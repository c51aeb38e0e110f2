package io.interven.gateway.core.fields;

/**
 * The words of a text that could be a piece of a key cut apart. A word is a run of the characters keys are written in
 * (letters, digits, {@code _ - + / = .}), dots at its ends left out, at most {@value #MAX_LENGTH} long; it counts when
 * <ul>
 *   <li>it holds a letter and is {@value #MIN_LENGTH} or more long, and it is not written as a word of prose is: it
 *   holds a digit, a capital after its first letter, or one of {@code _ + / =} ({@code ghp_R8bY2kqN5tLw},
 *   {@code 3RT5YU2IOP4K}, {@code kqNtLwxZmCvFhJ}). A piece of eight or more random characters of a key is written so
 *   almost always; words of prose ({@code deploy}, {@code Service}, {@code well-known}) and plain numbers never;</li>
 *   <li>or it ends with {@code _} or {@code -} after a letter (a provider's prefix cut from its key: {@code sk_live_},
 *   {@code xoxb-});</li>
 *   <li>or it is the last word of a text of more than one word and holds a letter ({@code AKIA} at the end of
 *   {@code "part one: AKIA"}).</li>
 * </ul>
 */
final class KeyLikeWords {
    static final int MIN_LENGTH = 6;
    static final int MAX_LENGTH = 512;
    /** The shortest prefix: {@code hf_}, {@code sk-}. */
    static final int MIN_PREFIX = 3;
    static final int STRIDE = 3;
    static final int WRITTEN_AS_A_KEY = 1;
    static final int A_PREFIX_OR_LAST = 0;
    private static final int CAPITAL = 1;
    private static final int SMALL = 2;
    private static final int DIGIT = 4;
    private static final int SYMBOL = 8;
    private static final int OTHER = 16;
    private static final byte[] CLASSES = new byte[128];

    static {
        for (char c = 'A'; c <= 'Z'; c++) {
            CLASSES[c] = CAPITAL;
            CLASSES[c + 32] = SMALL;
        }
        for (char c = '0'; c <= '9'; c++) {
            CLASSES[c] = DIGIT;
        }
        for (char c : "_+/=".toCharArray()) {
            CLASSES[c] = SYMBOL;
        }
        CLASSES['-'] = OTHER;
        CLASSES['.'] = OTHER;
    }

    private KeyLikeWords() {
    }

    /**
     * The words, {@value #STRIDE} ints each: the span {@code [start, end)} at {@code 3k} and {@code 3k + 1}, and at
     * {@code 3k + 2} {@link #WRITTEN_AS_A_KEY} when the word is written as a key is (the first rule above), or
     * {@link #A_PREFIX_OR_LAST} when it counts only as a prefix or as a text's last word (which may start a key, not
     * go on with one). An empty array when there is none.
     */
    static int[] in(String text) {
        int[] spans = null;
        int count = 0;
        int n = text.length();
        int lastWordEnd = lastLetterOrDigit(text) + 1;
        int i = 0;
        while (i < n) {
            if (classOf(text.charAt(i)) == 0) {
                i++;
                continue;
            }
            int start = i;
            int seen = 0;
            boolean capitalAfterLetter = false;
            int kind;
            while (i < n && (kind = classOf(text.charAt(i))) != 0) {
                capitalAfterLetter |= kind == CAPITAL && (seen & (CAPITAL | SMALL)) != 0;
                seen |= kind;
                i++;
            }
            int end = i;
            while (start < end && text.charAt(start) == '.') {
                start++;
            }
            while (end > start && text.charAt(end - 1) == '.') {
                end--;
            }
            int length = end - start;
            if ((seen & (CAPITAL | SMALL)) == 0 || length < MIN_PREFIX || length > MAX_LENGTH) {
                continue;
            }
            boolean asAKey = length >= MIN_LENGTH && ((seen & (DIGIT | SYMBOL)) != 0 || capitalAfterLetter);
            boolean counts = asAKey || isJoiner(text.charAt(end - 1)) || start > 0 && end >= lastWordEnd;
            if (counts) {
                if (spans == null) {
                    spans = new int[4 * STRIDE];
                } else if (STRIDE * count + STRIDE > spans.length) {
                    spans = java.util.Arrays.copyOf(spans, spans.length * 2);
                }
                spans[STRIDE * count] = start;
                spans[STRIDE * count + 1] = end;
                spans[STRIDE * count + 2] = asAKey ? WRITTEN_AS_A_KEY : A_PREFIX_OR_LAST;
                count++;
            }
        }
        return spans == null ? new int[0] : java.util.Arrays.copyOf(spans, STRIDE * count);
    }

    /** What a character is to a word: {@link #CAPITAL}, {@link #SMALL}, {@link #DIGIT}, {@link #SYMBOL}, other key
     * characters ({@code - .}) {@link #OTHER}, or 0 outside a word. */
    private static int classOf(char c) {
        return c < CLASSES.length ? CLASSES[c] : 0;
    }

    /** Where the text's last letter or digit stands, or -1. */
    private static int lastLetterOrDigit(String text) {
        for (int k = text.length() - 1; k >= 0; k--) {
            if (Character.isLetterOrDigit(text.charAt(k))) {
                return k;
            }
        }
        return -1;
    }

    private static boolean isJoiner(char c) {
        return c == '_' || c == '-';
    }
}
