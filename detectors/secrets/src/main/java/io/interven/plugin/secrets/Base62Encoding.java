package io.interven.plugin.secrets;

/** Base62 with the alphabet {@code 0-9A-Za-z}, as used by GitHub token checksums. */
final class Base62Encoding {
    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    private Base62Encoding() {
    }

    /** {@code value} (non-negative) in base62, left-padded with {@code 0} to at least {@code width} digits. */
    static String encode(long value, int width) {
        if (value < 0) {
            throw new IllegalArgumentException("value must not be negative");
        }
        StringBuilder digits = new StringBuilder();
        long rest = value;
        do {
            digits.append(ALPHABET.charAt((int) (rest % 62)));
            rest /= 62;
        } while (rest > 0);
        while (digits.length() < width) {
            digits.append('0');
        }
        return digits.reverse().toString();
    }
}
