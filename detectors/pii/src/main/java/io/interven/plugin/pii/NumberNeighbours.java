package io.interven.plugin.pii;

/**
 * What a character next to a number says about it. A letter or digit of a script written with spaces between words
 * (Latin, Greek, Cyrillic, Arabic, Devanagari, ...) glues the number into a longer word or token: {@code ab4111...},
 * {@code 4111...x}. A letter of a script written without them (Han, Hiragana, Katakana, Thai, Lao, Khmer, Myanmar)
 * or of Hangul, whose particles and counters attach to numbers, does not: {@code 卡号4539...} and {@code 电话138...}
 * are how a card and a phone number are written in Chinese prose.
 */
final class NumberNeighbours {
    /** Below the Thai block every script separates its words with spaces. */
    private static final char FIRST_UNSPACED = '\u0E00';

    private NumberNeighbours() {
    }

    /** True when {@code c} next to a number makes the number part of a word or token. */
    static boolean gluesTo(char c) {
        return Character.isLetterOrDigit(c) && !writtenWithoutSpaces(c);
    }

    static boolean writtenWithoutSpaces(char c) {
        if (c < FIRST_UNSPACED) {
            return false;
        }
        return switch (Character.UnicodeScript.of(c)) {
            case HAN, HIRAGANA, KATAKANA, HANGUL, THAI, LAO, KHMER, MYANMAR -> true;
            default -> false;
        };
    }
}
