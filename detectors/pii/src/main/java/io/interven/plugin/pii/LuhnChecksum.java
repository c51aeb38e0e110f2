package io.interven.plugin.pii;

/** The Luhn (mod 10) check digit algorithm used by payment card numbers. */
final class LuhnChecksum {
    private LuhnChecksum() {
    }

    /** True when the ASCII digit string passes the Luhn check. */
    static boolean isValid(CharSequence digits) {
        if (digits.length() < 2) {
            return false;
        }
        int sum = 0;
        boolean doubleIt = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (d < 0 || d > 9) {
                return false;
            }
            if (doubleIt) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubleIt = !doubleIt;
        }
        return sum % 10 == 0;
    }
}
