package io.interven.plugin.pii;

/**
 * What one cheap pass over a field's text says could possibly be in it: how many digits, the longest chain of
 * digits with at most one space or dash between neighbours, whether there is an {@code @}, how many dots and
 * colons, and whether two letters are followed by two digits (an IBAN's start). {@link PiiDetector} skips each
 * recognizer whose candidates cannot occur ({@link PiiRecognizer#mayMatch}); the recognizers themselves still
 * check everything.
 */
final class TextProfile {
    final int digits;
    /** The most digits in a row, where neighbouring digits may have one space or dash between them. */
    final int longestGroupedDigits;
    final boolean hasAt;
    final int dots;
    final int colons;
    /** Two ASCII letters of the same case followed by two digits somewhere. */
    final boolean lettersThenDigits;
    final int upperCaseLetters;
    /**
     * The most digits in one stretch of digits and the characters phone numbers are written with
     * ({@code ( ) . -}, spaces), extensions aside, leaving out stretches that start with a digit glued to a letter
     * or digit.
     */
    final int longestPhoneDigits;
    /** An {@code x}, which every phone extension ({@code x12}, {@code ext. 12}, {@code extension 12}) has. */
    final boolean hasX;

    private TextProfile(int digits, int longestGroupedDigits, boolean hasAt, int dots, int colons,
            boolean lettersThenDigits, int upperCaseLetters, int longestPhoneDigits, boolean hasX) {
        this.digits = digits;
        this.longestGroupedDigits = longestGroupedDigits;
        this.hasAt = hasAt;
        this.dots = dots;
        this.colons = colons;
        this.lettersThenDigits = lettersThenDigits;
        this.upperCaseLetters = upperCaseLetters;
        this.longestPhoneDigits = longestPhoneDigits;
        this.hasX = hasX;
    }

    static TextProfile of(String text) {
        int digits = 0;
        int longest = 0;
        int chain = 0;
        int lastDigit = -3;
        boolean at = false;
        int dots = 0;
        int colons = 0;
        boolean lettersThenDigits = false;
        // ASCII letters seen in a row just before the current digits, and digits in a row.
        int letterRun = 0;
        boolean upperRun = false;
        int upper = 0;
        int phoneDigits = 0;
        int longestPhone = 0;
        boolean x = false;
        int digitRun = 0;
        int lettersBeforeDigits = 0;
        int n = text.length();
        boolean inPhoneStretch = false;
        boolean phoneStretchFree = false;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c >= 'a' && c <= 'z') { // the common case first: the whole run of lower-case letters at once
                int runStart = i;
                do {
                    if (c == 'x') {
                        x = true;
                    }
                    i++;
                } while (i < n && (c = text.charAt(i)) >= 'a' && c <= 'z');
                inPhoneStretch = false;
                digitRun = 0;
                letterRun = (upperRun ? 0 : letterRun) + (i - runStart);
                upperRun = false;
                i--; // the loop's i++ steps past the run's last letter
                continue;
            }
            boolean digit = c >= '0' && c <= '9';
            if (digit || isPhoneSeparator(c)) {
                if (!inPhoneStretch) {
                    inPhoneStretch = true;
                    phoneDigits = 0;
                    // A stretch glued to a word: the phone number pattern's first run in it takes all its digits
                    // and does not stand alone (PhoneNumberShape.standsAlone).
                    phoneStretchFree = !(digit && i > 0 && Character.isLetterOrDigit(text.charAt(i - 1)));
                }
                if (digit) {
                    phoneDigits++;
                    if (phoneStretchFree && phoneDigits > longestPhone) {
                        longestPhone = phoneDigits;
                    }
                }
            } else {
                inPhoneStretch = false;
            }
            if (digit) {
                digits++;
                if (lastDigit == i - 1 || lastDigit == i - 2 && isGroupSeparator(text.charAt(i - 1))) {
                    chain++;
                } else {
                    chain = 1;
                }
                lastDigit = i;
                if (chain > longest) {
                    longest = chain;
                }
                if (digitRun == 0) {
                    lettersBeforeDigits = letterRun;
                }
                digitRun++;
                letterRun = 0;
                if (digitRun >= 2 && lettersBeforeDigits >= 2) {
                    lettersThenDigits = true;
                }
                continue;
            }
            digitRun = 0;
            if (c >= 'A' && c <= 'Z') {
                upper++;
                letterRun = upperRun ? letterRun + 1 : 1;
                upperRun = true;
                continue;
            }
            letterRun = 0;
            if (c == '@') {
                at = true;
            } else if (c == '.') {
                dots++;
            } else if (c == ':') {
                colons++;
            }
        }
        return new TextProfile(digits, longest, at, dots, colons, lettersThenDigits, upper, longestPhone, x);
    }

    private static boolean isPhoneSeparator(char c) {
        return c == ' ' || c == '\u00A0' || c == '(' || c == ')' || c == '.' || c == '-';
    }

    private static boolean isGroupSeparator(char c) {
        return c == ' ' || c == '-';
    }
}
