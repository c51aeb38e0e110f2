package io.interven.plugin.signals.encoded;

import java.util.Optional;

/**
 * Finds the longest run of encoded-looking characters in a text, in one pass: characters of the base64 and
 * base64url alphabets (with padding), line breaks inside a run allowed (wrapped base64), nothing else. A run of at
 * least {@code minLength} characters counts when its characters are spread like encoded data (Shannon entropy per
 * character at least that of its alphabet's threshold): hex (16 symbols) from 3.0 bits, base32 (upper case and
 * 2-7) from 4.0, base64 from 4.5; any long run of printable, non-space characters from 5.8 bits by default
 * (ascii85 and other dense encodings). A long run of one repeated word, a long identifier in prose or a line of dashes does not count.
 */
final class EncodedRunFinder {
    static final double HEX_ENTROPY = 3.0;
    static final double BASE32_ENTROPY = 4.0;
    static final double BASE64_ENTROPY = 4.5;
    static final double DENSE_ENTROPY = 5.8;

    private final int minLength;
    private final double denseEntropy;

    EncodedRunFinder(int minLength, double denseEntropy) {
        this.minLength = minLength;
        this.denseEntropy = denseEntropy;
    }

    /** The longest encoded run of the text that counts, if any. */
    Optional<EncodedRun> longest(String text) {
        if (text.length() < minLength) {
            return Optional.empty();
        }
        EncodedRun best = null;
        best = better(best, scan(text, true));
        best = better(best, scan(text, false));
        return Optional.ofNullable(best);
    }

    private static EncodedRun better(EncodedRun best, EncodedRun candidate) {
        return candidate != null && (best == null || candidate.length() > best.length()) ? candidate : best;
    }

    /** One pass over the text: runs of the base64 alphabet ({@code base64Alphabet}) or of any printable ASCII. */
    private EncodedRun scan(String text, boolean base64Alphabet) {
        int length = 0;
        int start = -1;
        EncodedRun best = null;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (inRun(c, base64Alphabet)) {
                if (length == 0) {
                    start = i;
                }
                length++;
                continue;
            }
            if (length > 0 && base64Alphabet && (c == '\n' || c == '\r') && i + 1 < text.length()
                    && (isBase64(text.charAt(i + 1)) || text.charAt(i + 1) == '\n')) {
                continue; // a wrapped line of the same run
            }
            if (length >= minLength) {
                EncodedRun run = classify(text, start, counts(text, start, i, base64Alphabet), length,
                        base64Alphabet, denseEntropy);
                best = better(best, run);
            }
            length = 0;
        }
        return best;
    }

    private static boolean inRun(char c, boolean base64Alphabet) {
        return base64Alphabet ? isBase64(c) : c > ' ' && c < 127;
    }

    /**
     * How often each character of a run occurs in {@code text[start, end)}: counted only for runs long enough to be
     * judged, the line breaks of a wrapped run left out (they are not in its alphabet).
     */
    private static int[] counts(String text, int start, int end, boolean base64Alphabet) {
        int[] counts = new int[128];
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (inRun(c, base64Alphabet)) {
                counts[c]++;
            }
        }
        return counts;
    }

    private static EncodedRun classify(String text, int start, int[] counts, int length, boolean base64Alphabet,
                                       double denseEntropy) {
        double entropy = entropy(counts, length);
        if (!base64Alphabet) {
            return entropy >= denseEntropy ? new EncodedRun("high-entropy text", length) : null;
        }
        if (onlyOf(counts, "0123456789abcdef") || onlyOf(counts, "0123456789ABCDEF")) {
            return entropy >= HEX_ENTROPY ? new EncodedRun("hex", length) : null;
        }
        if (onlyOf(counts, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567=")) {
            return entropy >= BASE32_ENTROPY ? new EncodedRun("base32", length) : null;
        }
        if (entropy < BASE64_ENTROPY) {
            return null;
        }
        if (text.startsWith("H4sI", start)) {
            return new EncodedRun("gzip in base64", length);
        }
        if (text.startsWith("eJ", start) || text.startsWith("eN", start)) {
            return new EncodedRun("zlib in base64", length);
        }
        return new EncodedRun(counts['-'] + counts['_'] > 0 ? "base64url" : "base64", length);
    }

    private static boolean isBase64(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '/'
                || c == '=' || c == '-' || c == '_';
    }

    private static boolean onlyOf(int[] counts, String alphabet) {
        int inAlphabet = 0;
        int total = 0;
        for (int c = 0; c < counts.length; c++) {
            total += counts[c];
            if (alphabet.indexOf(c) >= 0) {
                inAlphabet += counts[c];
            }
        }
        return inAlphabet == total;
    }

    private static double entropy(int[] counts, int length) {
        double bits = 0;
        for (int count : counts) {
            if (count > 0) {
                double p = (double) count / length;
                bits -= p * Math.log(p) / Math.log(2);
            }
        }
        return bits;
    }
}
