package io.interven.plugin.pii;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a field value reads as a street address: words and a house number ({@code 40 rue des Lilas},
 * {@code Kastanienstraße 217}) or a street word ({@code Main Street}); not an e-mail address, a URL, an IP address
 * or host, a blockchain address or any other single token.
 */
final class StreetAddressValue {
    private static final int MAX_LENGTH = 200;
    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");
    private static final Pattern HOUSE_NUMBER = Pattern.compile("(?<![\\p{L}\\d])\\d{1,5}[A-Za-z]?(?![\\d])");
    private static final Pattern STREET_WORD = Pattern.compile(
            "(?<!\\p{L})(?:street|st|road|rd|avenue|ave|lane|ln|boulevard|blvd|drive|dr|way|court|ct|place|pl|square"
                    + "|sq|terrace|close|crescent|highway|hwy|parkway|pkwy|rue|avenida|calle|via|viale|piazza|chemin"
                    + "|allee|platz|weg|gasse|ring|damm|ufer|straat|laan|plein|gracht)(?!\\p{L})"
                    + "|(?:strasse|straße|str\\.)");

    private StreetAddressValue() {
    }

    static boolean isPlausible(String value) {
        String trimmed = value.strip();
        if (trimmed.length() < 5 || trimmed.length() > MAX_LENGTH || trimmed.indexOf(' ') < 0
                || trimmed.contains("@") || trimmed.contains("://") || trimmed.startsWith("0x")
                || !WORD.matcher(trimmed).find()) {
            return false;
        }
        return HOUSE_NUMBER.matcher(trimmed).find()
                || STREET_WORD.matcher(trimmed.toLowerCase(Locale.ROOT)).find();
    }
}
