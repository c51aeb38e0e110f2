package io.interven.plugin.secrets;

/**
 * The stricter test for a value whose name is a provider's name alone ({@code beamer = ...}, {@code "skrapp": "..."},
 * {@code skrapp <value>}): without a word such as {@code key} or {@code token} in the name, only the value says it is
 * a credential, so it must look issued rather than be an id, a digest or a word. It needs at least
 * {@value #MIN_LENGTH} characters, {@value #MIN_ENTROPY} bits per character (or the provider's floor when higher),
 * letters and either digits or both cases, and must not be all hex digits (digests, git SHAs, hex ids) nor of a
 * provider whose tokens are UUIDs or hex (request ids and hashes share those shapes).
 */
final class BareProviderValue {
    static final int MIN_LENGTH = 20;
    static final double MIN_ENTROPY = 3.8;

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
        for (int i = 0; i < value.length(); i++) {
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
        return nonHex && (lower || upper) && (digit || lower && upper);
    }
}
