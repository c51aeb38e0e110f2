package io.interven.plugin.pii;

import io.interven.spi.DataClasses;
import io.interven.spi.Finding;
import io.interven.spi.ScanField;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * International bank account numbers: a country code, two check digits and the country's number of further
 * letters and digits, written together ({@code GB82WEST12345698765432}) or in groups of four separated by single
 * spaces ({@code GB82 WEST 1234 5698 7654 32}). The length must be the country's ({@link IbanCountry}) and the
 * check digits must pass mod 97 ({@link IbanChecksum}). Lower-case IBANs are accepted when wholly lower-case.
 */
final class IbanRecognizer implements PiiRecognizer {
    static final String ENTITY_TYPE = "IBAN";
    private static final double CONFIDENCE = 0.95;
    private static final int GROUP = 4;
    static final Pattern START = Pattern.compile("(?<![A-Za-z0-9_\\-/.+])(?:[A-Z]{2}|[a-z]{2})\\d{2}");

    @Override
    public String id() {
        return "iban";
    }

    /** A country code and check digits standing alone: two letters, then two digits ({@link #START}). */
    @Override
    public boolean mayMatch(TextProfile profile) {
        return profile.ibanStart;
    }

    @Override
    public List<Finding> recognize(ScanField field) {
        String text = field.text();
        List<Finding> findings = new ArrayList<>();
        int from = 0;
        int start;
        while ((start = nextStart(text, from)) >= 0) {
            int end = endOfIban(text, start);
            if (end > 0) {
                findings.add(field.finding(ENTITY_TYPE, DataClasses.PII, start, end, CONFIDENCE, id()));
                from = end;
            } else {
                from = start + 1;
            }
        }
        return findings;
    }

    /**
     * Where {@link #START} next matches at or after {@code from}, or -1: the same as {@code START.matcher(text)
     * .find(from)}, without a matcher.
     */
    static int nextStart(String text, int from) {
        int last = text.length() - GROUP;
        // look for the check digits first (rarer than letters), then at the two letters before them
        for (int d = Math.max(from, 0) + 2; d <= last + 2; d++) {
            if (!isDigit(text.charAt(d))) {
                continue;
            }
            int i = d - 2;
            char a = text.charAt(i);
            char b = text.charAt(i + 1);
            boolean upper = a >= 'A' && a <= 'Z' && b >= 'A' && b <= 'Z';
            boolean lower = a >= 'a' && a <= 'z' && b >= 'a' && b <= 'z';
            if ((upper || lower) && isDigit(text.charAt(d + 1))
                    && (i == 0 || !isGluedBefore(text.charAt(i - 1)))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * What {@link #START}'s look-behind rules out, {@code [A-Za-z0-9_\-/.+]}: a character that, just before two
     * letters, glues them to a token, so no IBAN starts there.
     */
    static boolean isGluedBefore(char c) {
        return isAsciiLetterOrDigit(c) || c == '_' || c == '-' || c == '/' || c == '.' || c == '+';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The end of a valid IBAN starting at {@code start}, or -1. */
    private static int endOfIban(String text, int start) {
        String country = text.substring(start, start + 2).toUpperCase(Locale.ROOT);
        OptionalInt length = IbanCountry.length(country);
        if (length.isEmpty()) {
            return -1;
        }
        int end = take(text, start, length.getAsInt(), false);
        if (end < 0) {
            end = take(text, start, length.getAsInt(), true);
        }
        if (end < 0 || continuesAfter(text, end)) {
            return -1;
        }
        String written = text.substring(start, end).replace(" ", "");
        boolean lowerCase = Character.isLowerCase(written.charAt(0));
        if (!written.equals(lowerCase ? written.toLowerCase(Locale.ROOT) : written.toUpperCase(Locale.ROOT))) {
            return -1;
        }
        return IbanChecksum.isValid(written.toUpperCase(Locale.ROOT)) ? end : -1;
    }

    /**
     * Reads {@code length} letters and digits from {@code start}, without separators or with one space after
     * every group of four; the end of the last character read, or -1.
     */
    private static int take(String text, int start, int length, boolean spaced) {
        int i = start;
        for (int read = 0; read < length; read++) {
            if (spaced && read > 0 && read % GROUP == 0) {
                if (i >= text.length() || text.charAt(i) != ' ') {
                    return -1;
                }
                i++;
            }
            if (i >= text.length() || !isAsciiLetterOrDigit(text.charAt(i))) {
                return -1;
            }
            i++;
        }
        return i;
    }

    /** The IBAN would run on into more letters or digits: it is part of a longer token. */
    private static boolean continuesAfter(String text, int end) {
        if (end >= text.length()) {
            return false;
        }
        char after = text.charAt(end);
        return isAsciiLetterOrDigit(after) || after == '_'
                || (after == '-' || after == '/') && end + 1 < text.length()
                        && isAsciiLetterOrDigit(text.charAt(end + 1));
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }
}
