package io.interven.plugin.pii;

/**
 * A US bank routing (ABA transit) number: nine digits whose first two are a Federal Reserve routing symbol (00-12,
 * 21-32 for thrifts, 61-72 electronic, 80 traveller's cheques) and whose digits weighted 3, 7, 1 repeating sum to
 * a multiple of 10.
 */
final class AbaRoutingNumber {
    private AbaRoutingNumber() {
    }

    static boolean isValid(String digits) {
        if (digits.length() != 9 || WeightedChecksum.isOneRepeatedDigit(digits)) {
            return false;
        }
        int prefix = CalendarDate.number(digits, 0, 2);
        boolean issued = prefix >= 0 && prefix <= 12 || prefix >= 21 && prefix <= 32 || prefix >= 61 && prefix <= 72
                || prefix == 80;
        int sum = WeightedChecksum.sum(digits, 3, 7, 1, 3, 7, 1, 3, 7, 1);
        return issued && sum > 0 && sum % 10 == 0;
    }
}
