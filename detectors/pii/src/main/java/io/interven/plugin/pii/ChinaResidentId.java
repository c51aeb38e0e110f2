package io.interven.plugin.pii;

/**
 * China's 18-character resident identity number: a six-digit region code (its province among those issued), the
 * birth date {@code YYYYMMDD}, a three-digit sequence and an ISO 7064 MOD 11-2 check character (0-9 or X).
 */
final class ChinaResidentId {
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";
    private static final int[] PROVINCES = {11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43,
        44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83};

    private ChinaResidentId() {
    }

    /** {@code id}: seventeen digits and a digit or {@code X}/{@code x}. */
    static boolean isValid(String id) {
        if (id.length() != 18 || !isProvince(CalendarDate.number(id, 0, 2))) {
            return false;
        }
        int year = CalendarDate.number(id, 6, 4);
        if (year < 1900 || !CalendarDate.isPastDate(year, CalendarDate.number(id, 10, 2),
                CalendarDate.number(id, 12, 2))) {
            return false;
        }
        int sum = WeightedChecksum.sum(id, WEIGHTS);
        return sum >= 0 && CHECK.charAt(sum % 11) == Character.toUpperCase(id.charAt(17));
    }

    private static boolean isProvince(int code) {
        for (int p : PROVINCES) {
            if (p == code) {
                return true;
            }
        }
        return false;
    }
}
