package io.interven.plugin.pii;

/**
 * A UK NHS number: ten digits, the last a mod 11 check digit of the first nine weighted 10 down to 2 (11 minus the
 * remainder, 11 counting as 0; a result of 10 is never issued).
 */
final class NhsNumber {
    private NhsNumber() {
    }

    static boolean isValid(String digits) {
        if (digits.length() != 10 || WeightedChecksum.isOneRepeatedDigit(digits)) {
            return false;
        }
        int sum = WeightedChecksum.sum(digits, 10, 9, 8, 7, 6, 5, 4, 3, 2);
        if (sum < 0) {
            return false;
        }
        int check = 11 - sum % 11;
        if (check == 11) {
            check = 0;
        }
        return check != 10 && check == WeightedChecksum.digit(digits, 9);
    }
}
