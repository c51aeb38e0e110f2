package io.interven.plugin.pii;

import java.util.Set;

/**
 * The Social Security Administration's rules for numbers it issues: area (first three digits) not 000, 666 or
 * 900-999, group (next two) not 00, serial (last four) not 0000. Numbers published as examples or used by
 * advertisers ({@code 078-05-1120}, {@code 219-09-9999}, {@code 123-45-6789}) and numbers of one repeated digit are
 * not anyone's.
 */
final class UsSsnRules {
    private static final Set<String> PUBLISHED = Set.of("078051120", "219099999", "123456789", "987654320");

    private UsSsnRules() {
    }

    /** True for nine ASCII digits that could be an issued SSN. */
    static boolean isIssuable(String digits) {
        if (digits.length() != 9 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        int area = Integer.parseInt(digits.substring(0, 3));
        int group = Integer.parseInt(digits.substring(3, 5));
        int serial = Integer.parseInt(digits.substring(5));
        return area != 0 && area != 666 && area < 900
                && group != 0
                && serial != 0
                && !PUBLISHED.contains(digits)
                && digits.chars().distinct().count() > 1;
    }
}
