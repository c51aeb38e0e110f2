package io.interven.plugin.pii;

import java.time.Year;
import java.util.Set;

/**
 * An Indian vehicle registration number: the state or union territory code, the district (regional transport
 * office) number, one to three series letters and a four-digit number ({@code MH12AB1234}, {@code KA 05 MN 1234},
 * {@code DL3CAB1234}); or a Bharat series number ({@code 22BH1234AA}): the year of registration, {@code BH}, four
 * digits and two letters other than I and O.
 */
final class IndiaVehicleRegistration {
    /**
     * The codes of the states and union territories, with the older codes still on the road (OR Odisha before OD, UA
     * Uttaranchal before UK, CT Chhattisgarh before CG, DN Dadra and Nagar Haveli before its merger into DD).
     */
    static final Set<String> STATE_CODES = Set.of("AN", "AP", "AR", "AS", "BR", "CG", "CH", "DD", "DL", "GA", "GJ",
            "HP", "HR", "JH", "JK", "KA", "KL", "LA", "LD", "MH", "ML", "MN", "MP", "MZ", "NL", "OD", "PB", "PY", "RJ",
            "SK", "TN", "TR", "TS", "UK", "UP", "WB", "OR", "UA", "CT", "DN");
    /** The Bharat series started in 2021. */
    private static final int FIRST_BHARAT_YEAR = 21;

    private IndiaVehicleRegistration() {
    }

    /** State code, district number (not 0), series letters, number (not 0000). */
    static boolean isValidStateSeries(String state, String district, String number) {
        return STATE_CODES.contains(state) && Integer.parseInt(district) > 0 && !"0000".equals(number);
    }

    /** Year from 2021 to this year, number not 0000, series letters without I and O. */
    static boolean isValidBharatSeries(String year, String number, String letters) {
        int yy = Integer.parseInt(year);
        return yy >= FIRST_BHARAT_YEAR && yy <= Year.now().getValue() % 100 && !"0000".equals(number)
                && letters.indexOf('I') < 0 && letters.indexOf('O') < 0;
    }
}
