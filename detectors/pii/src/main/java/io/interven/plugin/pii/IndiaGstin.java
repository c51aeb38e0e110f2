package io.interven.plugin.pii;

/**
 * An Indian GST identification number ({@code 27AAPFU0939F1ZV}): the state code (01-38, 97 other territory, 99
 * centre), the holder's PAN, the holder's registration count in the state (1-9, then letters), {@code Z}, and a
 * check character: each of the first fourteen characters as a number base 36 (0-9, A-Z), times 1 and 2 in turn,
 * the quotient and remainder of each product by 36 summed, the check being {@code (36 - sum mod 36) mod 36}.
 */
final class IndiaGstin {
    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private IndiaGstin() {
    }

    static boolean isValid(String gstin) {
        if (gstin.length() != 15) {
            return false;
        }
        int state = WeightedChecksum.digit(gstin, 0) * 10 + WeightedChecksum.digit(gstin, 1);
        if (!(state >= 1 && state <= 38 || state == 97 || state == 99)) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 14; i++) {
            int value = ALPHABET.indexOf(gstin.charAt(i));
            if (value < 0) {
                return false;
            }
            int product = value * (i % 2 == 0 ? 1 : 2);
            sum += product / 36 + product % 36;
        }
        return ALPHABET.charAt((36 - sum % 36) % 36) == gstin.charAt(14);
    }
}
