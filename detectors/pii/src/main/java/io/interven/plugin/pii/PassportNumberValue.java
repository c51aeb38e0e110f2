package io.interven.plugin.pii;

import java.util.regex.Pattern;

/**
 * Whether a field value reads as a passport number: 5 to 20 letters and digits (spaces and dashes allowed between
 * them), at least two digits, letters all upper-case.
 */
final class PassportNumberValue {
    private static final Pattern SHAPE = Pattern.compile("[A-Z0-9](?:[A-Z0-9]|[ \\-](?=[A-Z0-9])){4,24}");
    private static final int MIN_CHARACTERS = 5;
    private static final int MAX_CHARACTERS = 20;
    private static final int MIN_DIGITS = 2;

    private PassportNumberValue() {
    }

    static boolean isPlausible(String value) {
        String trimmed = value.strip();
        if (!SHAPE.matcher(trimmed).matches()) {
            return false;
        }
        String compact = trimmed.replace(" ", "").replace("-", "");
        long digits = compact.chars().filter(Character::isDigit).count();
        return compact.length() >= MIN_CHARACTERS && compact.length() <= MAX_CHARACTERS && digits >= MIN_DIGITS;
    }
}
