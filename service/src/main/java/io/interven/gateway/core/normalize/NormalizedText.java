package io.interven.gateway.core.normalize;

/**
 * A text as detectors see it after {@link TextNormalizer}, with the way back: every normalized character knows
 * the span of original characters it came from. A span found in the normalized text maps to the smallest
 * original span holding all of its characters, so the invisible characters inside it are part of that span.
 */
public final class NormalizedText {
    private final String original;
    private final String text;
    private final int[] starts;
    private final int[] ends;

    private NormalizedText(String original, String text, int[] starts, int[] ends) {
        this.original = original;
        this.text = text;
        this.starts = starts;
        this.ends = ends;
    }

    /** A text that normalization leaves as it is. */
    static NormalizedText unchanged(String text) {
        return new NormalizedText(text, text, null, null);
    }

    /** {@code starts[i]} / {@code ends[i]}: the original span of normalized character {@code i}. */
    static NormalizedText of(String original, String text, int[] starts, int[] ends) {
        if (starts.length < text.length() || ends.length < text.length()) {
            throw new IllegalArgumentException("offset map shorter than the text");
        }
        return new NormalizedText(original, text, starts, ends);
    }

    public String original() {
        return original;
    }

    /** The normalized text. */
    public String text() {
        return text;
    }

    /** True when the normalized text is the original (spans map to themselves). */
    public boolean isUnchanged() {
        return starts == null;
    }

    /** Where the normalized span starting at {@code start} starts in the original. */
    public int originalStart(int start) {
        if (starts == null) {
            return start;
        }
        return start < text.length() ? starts[start] : original.length();
    }

    /** Where the normalized span ending at {@code end} (exclusive, after at least one character) ends. */
    public int originalEnd(int end) {
        if (ends == null) {
            return end;
        }
        return end > 0 ? ends[end - 1] : 0;
    }
}
