package io.interven.plugin.pii;

/** Weighted digit sums, the building block of most national identifier check digits. */
final class WeightedChecksum {
    private WeightedChecksum() {
    }

    /** The sum of {@code digits[i] * weights[i]} over the weights' length; -1 when a character is not a digit. */
    static int sum(CharSequence digits, int... weights) {
        if (digits.length() < weights.length) {
            return -1;
        }
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            int d = digit(digits, i);
            if (d < 0) {
                return -1;
            }
            sum += d * weights[i];
        }
        return sum;
    }

    /** The digit at {@code i}, or -1 when it is not an ASCII digit. */
    static int digit(CharSequence text, int i) {
        char c = text.charAt(i);
        return c >= '0' && c <= '9' ? c - '0' : -1;
    }

    /** The ASCII digits of {@code text}, separators left out. */
    static String digitsOf(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** All the digits are the same one ({@code 00000000000}, {@code 111111111}): a placeholder, never issued. */
    static boolean isOneRepeatedDigit(CharSequence digits) {
        for (int i = 1; i < digits.length(); i++) {
            if (digits.charAt(i) != digits.charAt(0)) {
                return false;
            }
        }
        return true;
    }
}
