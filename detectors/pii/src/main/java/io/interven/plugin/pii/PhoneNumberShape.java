package io.interven.plugin.pii;

import java.util.regex.Pattern;

/**
 * Whether a number libphonenumber accepted is written the way phone numbers are written, and not as a date, a
 * time, an IP address, a version, a US SSN ({@code 123-45-6789}), a year-serial id ({@code 2024-000123}), a house
 * number ({@code 17031 2202 Rissik St}), a piece of a longer token (a UUID, a hash, a card or account number, a
 * dotted or dashed run of digits, a field between the colons of a resource name), or text of other kinds: a US ZIP+4
 * code in an address ({@link UsZipCode}), a year range or a run holding an ISO date, a list of small numbers, a
 * triple of bytes (an RGB colour), bits, a bracket left open, an operand of code ({@code s**3 - 21504000*p}).
 * Columns (two blanks between groups) count only with a context word ({@link #isColumns}).
 */
final class PhoneNumberShape {
    /**
     * E.164 allows 15 digits after the {@code +} (or the {@code 00} international prefix); national forms, trunk
     * prefix included, stay within 12.
     */
    private static final int MAX_INTERNATIONAL_DIGITS = 15;
    static final int MAX_NATIONAL_DIGITS = 12;
    private static final int MIN_DOTTED_DIGITS = 9;
    private static final Pattern IPV4_LIKE = Pattern.compile("\\d{1,3}(?:\\.\\d{1,3}){3}");
    private static final Pattern DATE_LIKE = Pattern.compile(
            "(?:19|20)\\d\\d[-. ]\\d{1,2}[-. ]\\d{1,2}|\\d{1,2}[-. ]\\d{1,2}[-. ](?:19|20)\\d\\d");
    private static final Pattern YEAR_SERIAL = Pattern.compile("(?:19|20)\\d\\d-\\d+");
    /**
     * An ISO date among other groups: a man page's header ({@code .TH exp 3 2023-02-05}), a log line's time stamp
     * ({@code 2025-06-24 14:36:34}, cut at the colon).
     */
    private static final Pattern ISO_DATE_INSIDE = Pattern.compile(
            "(?<!\\d)(?:19|20)\\d\\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?!\\d)");
    /** Years from and to, spaced: {@code © 1996 – 2009} (the dash is read as {@code -}). */
    private static final Pattern YEAR_RANGE = Pattern.compile("(?:19|20)\\d\\d\\s*-\\s*(?:19|20)\\d\\d");
    private static final Pattern SSN_LAYOUT = Pattern.compile("\\d{3}-\\d{2}-\\d{4}");
    private static final Pattern PAIRS = Pattern.compile("\\d\\d(?:[ .\\-]\\d\\d){3,}");
    private static final Pattern EXTENSION = Pattern.compile(" ?(?:x|ext\\.?|extension) ?\\d{1,6}$");
    /** A house number: the number is followed by a street name ({@code 17031 2202 Rissik St}). */
    private static final Pattern STREET_AFTER = Pattern.compile(
            "[ \\t]+(?:\\p{Lu}[\\p{L}'\\-]+[ \\t]+){1,3}(?:St|Street|Rd|Road|Ave|Avenue|Ln|Lane|Blvd|Boulevard|Dr|Drive"
                    + "|Way|Ct|Court|Pl|Place|Sq|Square|Ter|Terrace|Cres|Crescent|Hwy|Highway|Pkwy|Parkway|Route"
                    + "|Suite|Apt)\\b");
    /**
     * Phone numbers have one group of a single digit at most (a country code or trunk prefix: {@code +1 415 …},
     * {@code 0 800 …}); three or more are a list of small numbers ({@code trap '…' 0 2 3 5 10 13 15}).
     */
    private static final int MIN_SINGLE_DIGIT_GROUPS_OF_A_LIST = 3;
    private static final String NOT_BEFORE = "_.-/\\#@$%&";
    private static final String NOT_BEFORE_A_DIGIT_AFTER = ".-/:,";

    private PhoneNumberShape() {
    }

    static boolean isPlausible(String text, int start, int end) {
        String written = EXTENSION.matcher(text.substring(start, end)).replaceFirst("");
        return hasPlausibleLength(written)
                && written.indexOf('/') < 0
                && written.indexOf(':') < 0
                && !IPV4_LIKE.matcher(written).matches()
                && !DATE_LIKE.matcher(written).matches()
                && !YEAR_SERIAL.matcher(written).matches()
                && !YEAR_RANGE.matcher(written).matches()
                && !ISO_DATE_INSIDE.matcher(written).find()
                && !SSN_LAYOUT.matcher(written).matches()
                && singleDigitGroups(written) < MIN_SINGLE_DIGIT_GROUPS_OF_A_LIST
                && hasBalancedBrackets(written)
                && !isByteTriple(written)
                && !isBinary(written)
                && isPlausiblyDotted(written)
                && standsAlone(text, start, end)
                && !UsZipCode.isInAnAddress(text, start, end)
                && !STREET_AFTER.matcher(text).region(end, text.length()).lookingAt();
    }

    /** Digits only, no separators and no {@code +}: an id as much as a phone number. */
    static boolean isBareDigits(String written) {
        return written.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /**
     * Pairs of digits without a trunk prefix ({@code 12 34 56 78 90}) read as scores or table cells as much as a
     * phone number; national numbers in pairs start with 0 ({@code 06 28 89 62 08}).
     */
    static boolean isUnprefixedPairs(String written) {
        return PAIRS.matcher(written).matches() && written.charAt(0) != '0';
    }

    private static boolean hasPlausibleLength(String written) {
        long digits = written.chars().filter(c -> c >= '0' && c <= '9').count();
        if (written.startsWith("+")) {
            return digits <= MAX_INTERNATIONAL_DIGITS;
        }
        return digits <= (written.startsWith("00") ? MAX_INTERNATIONAL_DIGITS + 2 : MAX_NATIONAL_DIGITS);
    }

    /**
     * Brackets closed where they open, as an area code or trunk prefix is written ({@code (415) 384-8290},
     * {@code +49 (0)30 …}); an open one is code's ({@code (020000000 | __O_DIRECTORY)}).
     */
    private static boolean hasBalancedBrackets(String written) {
        int open = written.indexOf('(');
        int close = written.indexOf(')');
        return open < 0 && close < 0 || open >= 0 && close > open && written.indexOf('(', open + 1) < 0
                && written.indexOf(')', close + 1) < 0;
    }

    /**
     * Three numbers of a byte each, one blank apart: a colour ({@code 205 201 201\t\tsnow3} in an RGB table) or
     * another triple of bytes. Numbers written in three groups of three start higher ({@code 612 345 678}) or run on.
     */
    private static boolean isByteTriple(String written) {
        String[] groups = written.split(" ", -1);
        if (groups.length != 3) {
            return false;
        }
        for (String group : groups) {
            if (group.isEmpty() || group.length() > 3 || !isBareDigits(group) || Integer.parseInt(group) > 255) {
                return false;
            }
        }
        return true;
    }

    /**
     * Groups two blanks apart: columns of a table ({@code 16  32  64 112}), unless a context word names a number
     * there ({@code phone:  415  384  8290}, {@link PhoneNumberRecognizer}).
     */
    static boolean isColumns(String written) {
        return written.contains("  ");
    }

    /**
     * Whether a dash and a word in small letters follow {@code end}: the number of a dashed name
     * ({@code 02-687531-fix-missing-ldflags.patch}). A capitalized word there labels the number
     * ({@code (37) 788-063-Office}, {@code 415-384-8290-Home}), and {@link PhoneNumberRecognizer} lets a context word
     * after the dash win too.
     */
    static boolean continuesInADashedName(String text, int end) {
        return end + 1 < text.length() && text.charAt(end) == '-' && Character.isLowerCase(text.charAt(end + 1));
    }

    /** Zeros and ones alone: bits written in nibbles or bytes ({@code /* 0100 0000 *}{@code /}). */
    private static boolean isBinary(String written) {
        for (int i = 0; i < written.length(); i++) {
            char c = written.charAt(i);
            if (c >= '2' && c <= '9') {
                return false;
            }
        }
        return true;
    }

    /** How many groups of the number, split by spaces, are a single digit. */
    private static int singleDigitGroups(String written) {
        int singles = 0;
        int length = 0;
        for (int i = 0; i <= written.length(); i++) {
            char c = i < written.length() ? written.charAt(i) : ' ';
            if (c == ' ') {
                singles += length == 1 ? 1 : 0;
                length = 0;
            } else {
                length++;
            }
        }
        return singles;
    }

    /** Dots separate groups of two or more digits in phone numbers ({@code 06.28.89.62.08}), never single digits. */
    private static boolean isPlausiblyDotted(String written) {
        if (written.indexOf('.') < 0) {
            return true;
        }
        String[] groups = written.replaceFirst("^\\+\\d{1,3}[ .]", "").split("\\.");
        if (groups.length < 3) {
            return false;
        }
        int digits = 0;
        for (String group : groups) {
            String trimmed = group.strip();
            if (trimmed.length() < 2 || !isBareDigits(trimmed)) {
                return false;
            }
            digits += trimmed.length();
        }
        return digits >= MIN_DOTTED_DIGITS;
    }

    /**
     * Nothing glued to either end makes {@code [start, end)} part of a longer token or number, and no colon on both
     * sides makes it a field of a colon-separated name (the account of {@code arn:aws:iam::111122223333:role/x}).
     */
    static boolean standsAlone(String text, int start, int end) {
        return standsAloneOnTheLeft(text, start) && standsAloneOnTheRight(text, end)
                && !(start > 0 && end < text.length() && text.charAt(start - 1) == ':' && text.charAt(end) == ':');
    }

    /** Nothing glued before {@code start}. */
    static boolean standsAloneOnTheLeft(String text, int start) {
        if (start > 0) {
            char before = text.charAt(start - 1);
            if (NumberNeighbours.gluesTo(before) || NOT_BEFORE.indexOf(before) >= 0) {
                return false;
            }
            if ((before == ':' || before == '+') && start > 1 && Character.isDigit(text.charAt(start - 2))) {
                return false;
            }
            if (before == '*' && isOperand(text, start - 1, -1)) {
                return false;
            }
        }
        return true;
    }

    /** Nothing glued after {@code end}. */
    static boolean standsAloneOnTheRight(String text, int end) {
        if (end < text.length()) {
            char after = text.charAt(end);
            if (NumberNeighbours.gluesTo(after) || after == '_' || after == '@') {
                return false;
            }
            if (NOT_BEFORE_A_DIGIT_AFTER.indexOf(after) >= 0 && end + 1 < text.length()
                    && Character.isDigit(text.charAt(end + 1))) {
                return false;
            }
            if (after == '*' && isOperand(text, end, 1)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the asterisks at {@code at} (read in {@code direction}) multiply or raise to a power: a letter, digit or
     * bracket stands right beyond them ({@code s**3 - 21504000*p}), where Markdown's emphasis has a space, a line's
     * end or punctuation ({@code **+1 415 384 8290**}).
     */
    private static boolean isOperand(String text, int at, int direction) {
        int i = at;
        while (i >= 0 && i < text.length() && text.charAt(i) == '*') {
            i += direction;
        }
        if (i < 0 || i >= text.length()) {
            return false;
        }
        char beyond = text.charAt(i);
        return Character.isLetterOrDigit(beyond) || beyond == (direction < 0 ? ')' : '(');
    }
}
