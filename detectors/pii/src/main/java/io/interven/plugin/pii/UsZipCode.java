package io.interven.plugin.pii;

import java.util.Locale;
import java.util.Set;

/**
 * A US ZIP+4 code where an address puts it: five digits, a dash and four, right after a state or territory
 * ({@code Boston, MA 02110-1301}, {@code Boston, Massachusetts 02110-1301}, {@code New York, NY\n 10001-2345}) or a
 * label that names it ({@code postalCode: 91011-1111}, {@code "zip": "02110-1301"}). Nine digits with a dash pass for
 * a national phone number in some regions (a German area code of five digits and a short subscriber number), so the
 * shape alone would turn the address of every GPL licence header into a phone number. Written elsewhere, without
 * a state or a label before it, the same digits may still be a phone number.
 */
final class UsZipCode {
    private static final int ZIP_DIGITS = 5;
    private static final int PLUS_FOUR_DIGITS = 4;
    /** Blanks, line breaks and one comma between the state and its code: an address wrapped at any point. */
    private static final int MAX_GAP = 8;
    /** Blanks, quotes and the operators between a label and its value. */
    private static final String LABEL_PUNCTUATION = " \t\n\"':=";
    private static final int MAX_LABEL = 24;
    private static final Set<String> STATE_CODES = Set.of("AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL",
            "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE",
            "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT",
            "VA", "WA", "WV", "WI", "WY", "DC", "PR", "VI", "GU", "AS", "MP", "AA", "AE", "AP");
    /** State names of one word, and the last word of those of two ({@code New York}, {@code North Carolina}). */
    private static final Set<String> STATE_NAME_WORDS = Set.of("alabama", "alaska", "arizona", "arkansas",
            "california", "colorado", "connecticut", "delaware", "florida", "georgia", "hawaii", "idaho", "illinois",
            "indiana", "iowa", "kansas", "kentucky", "louisiana", "maine", "maryland", "massachusetts", "michigan",
            "minnesota", "mississippi", "missouri", "montana", "nebraska", "nevada", "hampshire", "jersey", "mexico",
            "york", "carolina", "dakota", "ohio", "oklahoma", "oregon", "pennsylvania", "island", "tennessee", "texas",
            "utah", "vermont", "virginia", "washington", "wisconsin", "wyoming", "columbia", "rico", "guam");

    private UsZipCode() {
    }

    /** Whether {@code [start, end)} of the text is a ZIP+4 code written right after a US state or a postal label. */
    static boolean isInAnAddress(String text, int start, int end) {
        return hasZipPlusFourShape(text, start, end) && (followsState(text, start) || followsPostalLabel(text, start));
    }

    private static boolean hasZipPlusFourShape(String text, int start, int end) {
        if (end - start != ZIP_DIGITS + 1 + PLUS_FOUR_DIGITS || text.charAt(start + ZIP_DIGITS) != '-') {
            return false;
        }
        for (int i = start; i < end; i++) {
            if (i != start + ZIP_DIGITS && !CandidateStarts.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean followsState(String text, int start) {
        int wordEnd = start;
        boolean comma = false;
        while (wordEnd > 0 && start - wordEnd < MAX_GAP) {
            char c = text.charAt(wordEnd - 1);
            if (c == ',' && !comma) {
                comma = true;
            } else if (!Character.isWhitespace(c) && c != '\u00A0' && c != '*' && c != '#') {
                break; // a licence header in a comment wraps with "*" or "#" at the start of the line
            }
            wordEnd--;
        }
        if (wordEnd == start) {
            return false;
        }
        int wordStart = wordEnd;
        while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        if (wordStart == wordEnd || wordStart > 0 && Character.isLetterOrDigit(text.charAt(wordStart - 1))) {
            return false;
        }
        String word = text.substring(wordStart, wordEnd);
        return STATE_CODES.contains(word)
                || Character.isUpperCase(word.charAt(0)) && STATE_NAME_WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether a label that names a postal code ends just before {@code start}: {@code postalCode: }, {@code "zip": "},
     * {@code ZIP=}, {@code postcode }.
     */
    private static boolean followsPostalLabel(String text, int start) {
        int labelEnd = start;
        while (labelEnd > 0 && start - labelEnd < MAX_GAP
                && LABEL_PUNCTUATION.indexOf(text.charAt(labelEnd - 1)) >= 0) {
            labelEnd--;
        }
        int labelStart = labelEnd;
        while (labelStart > 0 && labelEnd - labelStart < MAX_LABEL && (Character.isLetter(text.charAt(labelStart - 1))
                || text.charAt(labelStart - 1) == '_')) {
            labelStart--;
        }
        String label = text.substring(labelStart, labelEnd).toLowerCase(Locale.ROOT);
        return label.contains("zip") || label.contains("postal") || label.contains("postcode");
    }
}
