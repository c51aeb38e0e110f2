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
        int i = 0;
        while (i < n) {
            if (!isKeyCharacter(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            boolean letter = false;
            boolean unlikeProse = false;
            while (i < n && isKeyCharacter(text.charAt(i))) {
                char c = text.charAt(i);
                boolean capital = c >= 'A' && c <= 'Z';
                unlikeProse |= c >= '0' && c <= '9' || capital && letter || c == '_' || c == '+' || c == '/'
                        || c == '=';
                letter |= capital || c >= 'a' && c <= 'z';
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
            boolean asAKey = letter && length <= MAX_LENGTH && unlikeProse && length >= MIN_LENGTH;
            boolean counts = asAKey || letter && length <= MAX_LENGTH && length >= MIN_PREFIX
                    && (isJoiner(text.charAt(end - 1)) || start > 0 && isLastWord(text, i));
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

    private static boolean isKeyCharacter(char c) {
        return (char) ((c | 0x20) - 'a') < 26 || c >= '0' && c <= '9' || c == '_' || c == '-' || c == '+' || c == '/'
                || c == '=' || c == '.';
    }

    private static boolean isJoiner(char c) {
        return c == '_' || c == '-';
    }

    /** Whether nothing but white space and punctuation follows {@code from}. */
    private static boolean isLastWord(String text, int from) {
        for (int k = from; k < text.length(); k++) {
            char c = text.charAt(k);
            if (Character.isLetterOrDigit(c)) {
                return false;
            }
        }
        return true;
    }
}
