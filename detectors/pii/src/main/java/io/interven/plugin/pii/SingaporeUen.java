package io.interven.plugin.pii;

import java.time.Year;
import java.util.Set;

/**
 * A Singapore Unique Entity Number, in its three layouts, each with a check letter: businesses ({@code 53012345D}:
 * eight digits), local companies ({@code 201912345K}: the year of registration and five digits) and other
 * entities ({@code T09LL0001B}: T, S or R for the century, two digits of the year, the entity type, four digits).
 */
final class SingaporeUen {
    private static final String BUSINESS_LETTERS = "XMKECAWLJDB";
    private static final String COMPANY_LETTERS = "ZKCMDNERGWH";
    private static final String OTHER_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWX0123456789";
    /** ACRA's entity types of the third layout (LP limited partnership, LL LLP, FC foreign company, ...). */
    private static final Set<String> ENTITY_TYPES = Set.of("LP", "LL", "FC", "PF", "RF", "MQ", "MM", "NB", "CC", "CS",
            "MB", "FM", "GS", "DP", "CP", "NR", "CM", "CD", "MD", "HS", "VH", "CH", "MH", "CL", "XL", "CX", "HC", "RP",
            "TU", "TC", "FB", "FN", "PA", "PB", "SS", "MC", "SM", "GA", "GB");

    private SingaporeUen() {
    }

    static boolean isValid(String uen) {
        char check = uen.charAt(uen.length() - 1);
        if (uen.length() == 9) {
            int sum = WeightedChecksum.sum(uen, 10, 4, 9, 3, 8, 2, 7, 1);
            return sum >= 0 && BUSINESS_LETTERS.charAt(sum % 11) == check
                    && !NationalIdFormats.isCountingRun(uen.substring(0, 8));
        }
        if (uen.length() != 10) {
            return false;
        }
        if (Character.isDigit(uen.charAt(0))) {
            int year = Integer.parseInt(uen.substring(0, 4));
            int sum = WeightedChecksum.sum(uen, 10, 8, 6, 4, 9, 7, 5, 3, 1);
            return year >= 1800 && year <= Year.now().getValue() && sum >= 0
                    && COMPANY_LETTERS.charAt(sum % 11) == check;
        }
        if ("TSR".indexOf(uen.charAt(0)) < 0 || !ENTITY_TYPES.contains(uen.substring(3, 5))) {
            return false;
        }
        int[] weights = {4, 3, 5, 3, 10, 2, 2, 5, 7};
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            int value = OTHER_ALPHABET.indexOf(uen.charAt(i));
            if (value < 0) {
                return false;
            }
            sum += value * weights[i];
        }
        return OTHER_ALPHABET.charAt(Math.floorMod(sum - 5, 11)) == check;
    }
}
