package io.interven.gateway.core.fields;

/**
 * Bounds the decoding of one call: how many layers deep, and how many decoded characters in all (inflated gzip
 * included), so that a crafted payload (nested base64, a compression bomb, a huge JSON string) cannot make a scan
 * expensive. The depth bound is also what bounds the nesting of slots, the only recursion in decoding.
 */
public final class DecodeBudget {
    public static final int MAX_DEPTH = 8;
    public static final int MAX_DECODED_CHARS = 1_048_576;

    private int remaining;

    public DecodeBudget(int maxDecodedChars) {
        this.remaining = maxDecodedChars;
    }

    public static DecodeBudget standard() {
        return new DecodeBudget(MAX_DECODED_CHARS);
    }

    /** Takes {@code chars} from the budget; false (and nothing taken) when not enough is left. */
    boolean take(int chars) {
        if (chars > remaining) {
            return false;
        }
        remaining -= chars;
        return true;
    }

    /** What is left, the most any single decoding may produce. */
    int remaining() {
        return remaining;
    }
}
