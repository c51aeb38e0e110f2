package io.interven.plugin.pii;

import java.util.Arrays;

/**
 * Whether the way a card number is written is a way card numbers are written: no separators, or one separator
 * kind (space or dash) between three or more groups of four with a shorter or equal last group
 * ({@code 4111 1111 1111 1111}, {@code 5018 2345 6781},
 * {@code 6011-0000-0000-0000-004}), or the 4-6-5 / 4-6-4 layout of American Express and Diners Club.
 */
final class CardNumberGrouping {
    private CardNumberGrouping() {
    }

    static boolean isPlausible(String written) {
        boolean spaces = written.indexOf(' ') >= 0;
        boolean dashes = written.indexOf('-') >= 0;
        if (!spaces && !dashes) {
            return true;
        }
        if (spaces && dashes) {
            return false;
        }
        int[] groups = Arrays.stream(written.split(spaces ? " " : "-")).mapToInt(String::length).toArray();
        return isGroupsOfFour(groups) || isFourSixRest(groups);
    }

    private static boolean isGroupsOfFour(int[] groups) {
        if (groups.length < 3) {
            return false;
        }
        for (int i = 0; i < groups.length - 1; i++) {
            if (groups[i] != 4) {
                return false;
            }
        }
        int last = groups[groups.length - 1];
        return last >= 1 && last <= 4;
    }

    private static boolean isFourSixRest(int[] groups) {
        return groups.length == 3 && groups[0] == 4 && groups[1] == 6 && (groups[2] == 4 || groups[2] == 5);
    }
}
