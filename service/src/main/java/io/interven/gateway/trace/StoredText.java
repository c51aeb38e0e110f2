package io.interven.gateway.trace;

/**
 * Texts as a database column can always store them: at most {@code max} characters (a cut text ends with
 * {@value #CUT}), control characters (NUL, which PostgreSQL refuses, among them) and lone surrogates replaced by
 * U+FFFD, and a surrogate pair never split. A text that already fits is returned as is.
 */
public final class StoredText {
    static final char REPLACEMENT = '\uFFFD';
    static final char CUT = '\u2026';

    private StoredText() {
    }

    public static String bounded(String text, int max) {
        if (text == null || (text.length() <= max && isClean(text))) {
            return text;
        }
        boolean cut = text.length() > max;
        int limit = cut ? max - 1 : max;
        StringBuilder out = new StringBuilder(Math.min(text.length(), max));
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (out.length() + (pair ? 2 : 1) > limit) {
                break;
            }
            if (pair) {
                out.append(c).append(text.charAt(++i));
            } else {
                out.append(Character.isSurrogate(c) || Character.isISOControl(c) ? REPLACEMENT : c);
            }
        }
        if (cut) {
            out.append(CUT);
        }
        return out.toString();
    }

    /** Text bounded to a NOT NULL column: null becomes the empty text. */
    public static String required(String text, int max) {
        return text == null ? "" : bounded(text, max);
    }

    private static boolean isClean(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c)) {
                return false;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
