package io.interven.plugin.pii;

/**
 * Whether the way a card number is written is a way card numbers are written: one group of digits, or one
 * separator kind (space or dash) between three or more groups of four with a shorter or equal last group
 * ({@code 4111 1111 1111 1111}, {@code 5018 2345 6781}, {@code 6011-0000-0000-0000-004}), or the 4-6-5 / 4-6-4
 * layout of American Express and Diners Club. Judged on groups {@code first..last} of a {@link DigitChain}.
 */
final class CardNumberGrouping {
    private CardNumberGrouping() {
    }

    static boolean isPlausible(DigitChain chain, int first, int last) {
        if (first == last) {
            return true;
        }
        char separator = chain.separatorAfter(first);
        for (int g = first + 1; g < last; g++) {
            if (chain.separatorAfter(g) != separator) {
                return false;
            }
        }
        return isGroupsOfFour(chain, first, last) || isFourSixRest(chain, first, last);
    }

    private static boolean isGroupsOfFour(DigitChain chain, int first, int last) {
        if (last - first < 2) {
            return false;
        }
        for (int g = first; g < last; g++) {
            if (chain.length(g) != 4) {
                return false;
            }
        }
        int lastLength = chain.length(last);
        return lastLength >= 1 && lastLength <= 4;
    }

    private static boolean isFourSixRest(DigitChain chain, int first, int last) {
        return last - first == 2 && chain.length(first) == 4 && chain.length(first + 1) == 6
                && (chain.length(last) == 4 || chain.length(last) == 5);
    }
}
