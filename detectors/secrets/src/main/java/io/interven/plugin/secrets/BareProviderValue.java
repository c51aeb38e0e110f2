package io.interven.plugin.secrets;

/**
 * The stricter test for a value whose name is a provider's name alone ({@code beamer = ...}, {@code "skrapp": "..."},
 * {@code skrapp <value>}): without a word such as {@code key} or {@code token} in the name, only the value says it is
 * a credential, so it must look issued rather than be an id, a digest or a word. It needs at least
 * {@value #MIN_LENGTH} characters, {@value #MIN_ENTROPY} bits per character (or the provider's floor when higher),
 * letters and either digits or both cases, not be made mostly of words ({@code BeamerWidgetConfiguration2}), and
 * must not be all hex digits after an optional {@code 0x} (digests, git SHAs, hex ids, wallet addresses) nor of a
 * provider whose tokens are UUIDs or hex (request ids and hashes share those shapes).
 */
final class BareProviderValue {
    static final int MIN_LENGTH = 20;
    static final double MIN_ENTROPY = 3.8;
    /** The share of a value that words may cover before it reads as a name ({@code SkrappChromeExtensionV2}). */
    static final double MAX_WORD_SHARE = 0.6;
    /** A word: a capitalized or lower-case run of letters, or a run of capitals, split at case changes. */
    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile(
            "[A-Z]?[a-z]+|[A-Z]+(?![a-z])");

    private BareProviderValue() {
    }

    static boolean looksIssued(String value, ProviderEntry entry) {
        TokenShape.Alphabet alphabet = entry.shape().alphabet();
        if (alphabet == TokenShape.Alphabet.UUID || alphabet == TokenShape.Alphabet.HEX
                || value.length() < MIN_LENGTH
                || ShannonEntropy.bitsPerChar(value) < Math.max(MIN_ENTROPY, entry.minEntropy())) {
            return false;
        }
        boolean lower = false;
        boolean upper = false;
        boolean digit = false;
        boolean nonHex = false;
        int from = value.startsWith("0x") || value.startsWith("0X") ? 2 : 0;
        for (int i = from; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= 'a' && c <= 'z') {
                lower = true;
                nonHex |= c > 'f';
            } else if (c >= 'A' && c <= 'Z') {
                upper = true;
                nonHex |= c > 'F';
            } else if (c >= '0' && c <= '9') {
                digit = true;
            } else {
                nonHex = true;
            }
        }
        return nonHex && (lower || upper) && (digit || lower && upper) && !madeOfWords(value);
    }

    /**
     * Whether words cover most of the value: runs of 3 or more letters of which at least 30% are vowels, as in
     * {@code BeamerWidgetConfiguration2} or {@code lorem_ipsum_dolor_2024}; random tokens have few such runs.
     */
    static boolean madeOfWords(String value) {
        int covered = 0;
        java.util.regex.Matcher m = WORD.matcher(value);
        while (m.find()) {
            int length = m.end() - m.start();
            if (length < 3) {
                continue;
            }
            int vowels = 0;
            for (int i = m.start(); i < m.end(); i++) {
                if ("aeiouAEIOU".indexOf(value.charAt(i)) >= 0) {
                    vowels++;
                }
            }
            if (vowels * 10 >= length * 3) {
                covered += length;
            }
        }
        return covered >= MAX_WORD_SHARE * value.length();
    }
}
