package io.interven.gateway.core.fields;

/**
 * Bounds the decoding of one call: how many layers deep, and how many decoded characters in all, so that a
 * crafted payload (nested base64, a zip-bomb-like JSON string) cannot make a scan expensive.
 */
public final class DecodeBudget {
    public static final int MAX_DEPTH = 4;
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
}
