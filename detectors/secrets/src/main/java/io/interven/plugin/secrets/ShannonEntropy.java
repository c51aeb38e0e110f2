package io.interven.plugin.secrets;

import java.util.Arrays;

/** Shannon entropy of a string's characters, in bits per character. */
final class ShannonEntropy {
    private static final double LN_2 = Math.log(2);

    private ShannonEntropy() {
    }

    /**
     * Counts each character as a run of the sorted characters, so that the count costs one small array instead of a
     * map entry and boxes per character (every candidate secret is measured); the characters' shares are summed in
     * character order.
     */
    static double bitsPerChar(CharSequence value) {
        int length = value.length();
        if (length == 0) {
            return 0.0;
        }
        char[] sorted = new char[length];
        for (int i = 0; i < length; i++) {
            sorted[i] = value.charAt(i);
        }
        Arrays.sort(sorted);
        double bits = 0.0;
        int runStart = 0;
        for (int i = 1; i <= length; i++) {
            if (i == length || sorted[i] != sorted[runStart]) {
                double p = (double) (i - runStart) / length;
                bits -= p * (Math.log(p) / LN_2);
                runStart = i;
            }
        }
        return bits;
    }
}
