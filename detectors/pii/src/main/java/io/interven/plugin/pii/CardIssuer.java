package io.interven.plugin.pii;

import java.util.Optional;

/**
 * Payment card networks by their issuer identification number (IIN) ranges and card number lengths. The first
 * network whose range and length fit wins, so broad ranges (Maestro) come after the networks they overlap.
 */
enum CardIssuer {
    VISA(new int[] {13, 16, 19}, range(4, 4)),
    MASTERCARD(new int[] {16}, range(51, 55), range(2221, 2720)),
    AMERICAN_EXPRESS(new int[] {15}, range(34, 34), range(37, 37)),
    DISCOVER(new int[] {16, 17, 18, 19}, range(6011, 6011), range(65, 65), range(644, 649)),
    JCB(new int[] {16, 17, 18, 19}, range(3528, 3589)),
    JCB_LEGACY(new int[] {15}, range(1800, 1800), range(2131, 2131)),
    DINERS_CLUB(new int[] {14, 15, 16, 17, 18, 19}, range(300, 305), range(36, 36), range(38, 38)),
    UNIONPAY(new int[] {16, 17, 18, 19}, range(62, 62)),
    MIR(new int[] {16, 17, 18, 19}, range(2200, 2204)),
    RUPAY(new int[] {16}, range(508, 508), range(81, 82), range(353, 353), range(356, 356)),
    /** The rest of JCB's 35 block, outside the ranges it publishes: seen in test data, trusted next to a card word. */
    JCB_BLOCK(new int[] {16, 17, 18, 19}, range(35, 35)),
    /** Last: its published ranges (50, 56-69) overlap the networks above, which take precedence. */
    MAESTRO(new int[] {12, 13, 14, 15, 16, 17, 18, 19}, range(50, 50), range(56, 69));

    /** Twelve-digit Maestro numbers look like any account or order id. */
    private static final int SHORTEST_UNAMBIGUOUS = 13;
    private static final CardIssuer[] ALL = values();

    private final int[] lengths;
    private final int[][] prefixRanges;

    CardIssuer(int[] lengths, int[]... prefixRanges) {
        this.lengths = lengths;
        this.prefixRanges = prefixRanges;
    }

    private static int[] range(int low, int high) {
        return new int[] {low, high};
    }

    /** The network whose range and length fit the digit string, if any. */
    static Optional<CardIssuer> of(String digits) {
        for (CardIssuer issuer : ALL) {
            if (issuer.issues(digits)) {
                return Optional.of(issuer);
            }
        }
        return Optional.empty();
    }

    /** Whether a number of this network and length is common enough elsewhere to need a card word nearby. */
    boolean needsContext(String digits) {
        return this == JCB_BLOCK || digits.length() < SHORTEST_UNAMBIGUOUS;
    }

    private boolean issues(String digits) {
        if (!hasLength(digits.length())) {
            return false;
        }
        for (int[] range : prefixRanges) {
            int prefix = leadingNumber(digits, decimalWidth(range[0]));
            if (prefix >= range[0] && prefix <= range[1]) {
                return true;
            }
        }
        return false;
    }

    private boolean hasLength(int length) {
        for (int issued : lengths) {
            if (issued == length) {
                return true;
            }
        }
        return false;
    }

    private static int decimalWidth(int number) {
        int width = 1;
        for (int rest = number / 10; rest > 0; rest /= 10) {
            width++;
        }
        return width;
    }

    /** The number the first {@code width} ASCII digits of {@code digits} spell. */
    private static int leadingNumber(String digits, int width) {
        int number = 0;
        for (int i = 0; i < width; i++) {
            number = number * 10 + (digits.charAt(i) - '0');
        }
        return number;
    }
}
