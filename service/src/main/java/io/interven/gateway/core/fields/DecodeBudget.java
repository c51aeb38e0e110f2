package io.interven.gateway.core.fields;

/**
 * Bounds the decoding of one call: how many layers deep, and how many decoded characters in all (inflated gzip
 * included), so that a crafted payload (nested base64, a compression bomb, a huge JSON string) cannot make a scan
 * expensive. The depth bound is also what bounds the nesting of slots, the only recursion in decoding.
 *
 * <p>It also remembers whether a bound left something unread ({@link #wasExceeded}): a layer refused for want of
 * budget, an inflation cut short, or text at the deepest level that would decode further. What was not decoded was
 * not scanned in its decoded form, so the call cannot be let through on what was read (the scan answers DENY,
 * {@code DECODE_LIMIT}): otherwise a small blob that inflates to the budget would hide everything after it.
 */
public final class DecodeBudget {
    public static final int MAX_DEPTH = 8;
    public static final int MAX_DECODED_CHARS = 1_048_576;

    private int remaining;
    private boolean exceeded;
    private boolean probing;

    public DecodeBudget(int maxDecodedChars) {
        this.remaining = maxDecodedChars;
    }

    /**
     * Marks a look one layer past the deepest level as under way (true) or over: what it decodes is taken from this
     * budget like any decoding, so looking costs no more than reading would, and nothing is looked at again below
     * it.
     */
    void probing(boolean underWay) {
        probing = underWay;
    }

    boolean isProbing() {
        return probing;
    }

    public static DecodeBudget standard() {
        return new DecodeBudget(MAX_DECODED_CHARS);
    }

    /** Takes {@code chars} from the budget; false (and nothing taken) when not enough is left. */
    boolean take(int chars) {
        if (chars > remaining) {
            exceeded = true;
            return false;
        }
        remaining -= chars;
        return true;
    }

    /** Notes that a bound left something undecoded (an inflation cut short, a layer below the deepest level). */
    void exceed() {
        exceeded = true;
    }

    /** Whether a bound left anything undecoded in this call. */
    public boolean wasExceeded() {
        return exceeded;
    }

    /** What is left, the most any single decoding may produce. */
    int remaining() {
        return remaining;
    }
}
