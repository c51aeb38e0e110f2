package io.interven.plugin.pii;

/**
 * The Netherlands' burgerservicenummer: nine digits (eight with a leading zero left out) that pass the "11-proof":
 * the digits weighted 9, 8, ..., 2 and the last one -1 sum to a multiple of 11. Zero never passes.
 */
final class DutchBsn {
    private DutchBsn() {
    }

    static boolean isValid(String digits) {
        String nine = digits.length() == 8 ? "0" + digits : digits;
        if (nine.length() != 9 || WeightedChecksum.isOneRepeatedDigit(nine)) {
            return false;
        }
        int sum = WeightedChecksum.sum(nine, 9, 8, 7, 6, 5, 4, 3, 2, -1);
        return sum > 0 && sum % 11 == 0;
    }
}
