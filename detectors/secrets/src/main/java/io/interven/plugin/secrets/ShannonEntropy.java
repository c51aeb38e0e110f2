package io.interven.plugin.secrets;

import java.util.HashMap;
import java.util.Map;

/** Shannon entropy of a string's characters, in bits per character. */
final class ShannonEntropy {
    private ShannonEntropy() {
    }

    static double bitsPerChar(CharSequence value) {
        int length = value.length();
        if (length == 0) {
            return 0.0;
        }
        Map<Character, Integer> counts = new HashMap<>();
        for (int i = 0; i < length; i++) {
            counts.merge(value.charAt(i), 1, Integer::sum);
        }
        double bits = 0.0;
        for (int count : counts.values()) {
            double p = (double) count / length;
            bits -= p * (Math.log(p) / Math.log(2));
        }
        return bits;
    }
}
