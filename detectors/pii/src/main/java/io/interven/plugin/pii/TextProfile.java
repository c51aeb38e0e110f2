package io.interven.plugin.pii;

/**
 * What one cheap pass over a field's text says could possibly be in it: how many digits, the longest chain of
 * digits with at most one space or dash between neighbours, whether there is an {@code @}, how many dots and
 * colons, and whether an IBAN can start ({@link IbanRecognizer#START}). {@link PiiDetector} skips each
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
    /**
     * Two ASCII letters of the same case with nothing glued before them, followed by two digits: where
     * {@link IbanRecognizer#START} matches (not inside a hex string or a token: {@code 5f3a9c12} has none).
     */
    final boolean ibanStart;
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
            boolean ibanStart, int upperCaseLetters, int longestPhoneDigits, boolean hasX) {
        this.digits = digits;
        this.longestGroupedDigits = longestGroupedDigits;
        this.hasAt = hasAt;
        this.dots = dots;
        this.colons = colons;
        this.ibanStart = ibanStart;
        this.upperCaseLetters = upperCaseLetters;
        this.longestPhoneDigits = longestPhoneDigits;
        this.hasX = hasX;
    }

    static TextProfile of(String text) {
        // A loop over String.charAt is compiled from the profile of charAt itself, which every caller in the JVM
        // shares: when strings of two-byte characters passed through it early, the compiler keeps a second path in
        // the loop, and the same pass runs up to half as fast in one JVM as in the next. Over an array it does not.
        char[] chars = text.toCharArray();
        int n = chars.length;
        int digits = 0;
        int longest = 0;
        int chain = 0;
        int lastDigit = -3;
        boolean at = false;
        int dots = 0;
        int colons = 0;
        boolean ibanStart = false;
        // ASCII letters of one case seen in a row just before the current digits, where that run began, and digits
        // in a row.
        int letterRun = 0;
        int letterRunStart = 0;
        int lettersStartBeforeDigits = 0;
        boolean upperRun = false;
        int upper = 0;
        int phoneDigits = 0;
        int longestPhone = 0;
        boolean x = false;
        int digitRun = 0;
        int lettersBeforeDigits = 0;
        boolean inPhoneStretch = false;
        boolean phoneStretchFree = false;
        for (int i = 0; i < n; i++) {
            char c = chars[i];
            if (c >= 'a' && c <= 'z') { // the common case first: the whole run of lower-case letters at once
                if (i > 0 && isAsciiDigit(chars[i - 1])) {
                    // Inside a token of lower-case letters and digits, past its first digits (a hex string, a UUID's
                    // group): every later letter or digit is glued to the one before it, so no phone stretch or IBAN
                    // start begins in the rest of the token and only the counts change. The rest of the token is read
                    // in one loop without a branch per character class.
                    int digitTail = 0;
                    int letterTail = 0;
                    int j = i;
                    for (; j < n; j++) {
                        char t = chars[j];
                        int isDigit = (char) (t - '0') < 10 ? 1 : 0;
                        int isLower = (char) (t - 'a') < 26 ? 1 : 0;
                        if ((isDigit | isLower) == 0) {
                            break;
                        }
                        digits += isDigit;
                        digitTail = (digitTail + 1) & -isDigit;
                        letterTail = (letterTail + 1) & -isLower;
                        longest = Math.max(longest, digitTail);
                        x |= t == 'x';
                    }
                    if (digitTail > 0) { // the token ends in digits, glued to a letter
                        chain = digitTail;
                        lastDigit = j - 1;
                        digitRun = digitTail;
                        letterRun = 0;
                        lettersBeforeDigits = 0; // the letters before them are glued to a digit
                        inPhoneStretch = true;
                        phoneStretchFree = false;
                        phoneDigits = digitTail;
                    } else { // in letters, glued to a digit (a later digit cannot continue a chain across them)
                        digitRun = 0;
                        letterRun = letterTail;
                        letterRunStart = j - letterTail; // glued to the digit before it
                        inPhoneStretch = false;
                    }
                    upperRun = false;
                    i = j - 1;
                    continue;
                }
                // One space between two words of lower-case letters changes nothing the next word does not set
                // again: the whole run of such words is read in one loop, with one branch per character that is
                // taken at the run's end only (a branch per word end would be mispredicted at every word).
                int j = i + 1;
                int previousKind = LETTER;
                boolean sawX = c == 'x';
                for (; j < n; j++) {
                    char t = chars[j];
                    int kind = t < PROSE_KIND.length ? PROSE_KIND[t] : 0;
                    if ((kind == 0) | (kind & previousKind) == SPACE) {
                        break;
                    }
                    sawX |= t == 'x';
                    previousKind = kind;
                }
                if (chars[j - 1] == ' ') { // a space before the run's end (two spaces, or not a word after it)
                    j--;
                }
                x |= sawX;
                int runStart = j;
                while (runStart > i && chars[runStart - 1] != ' ') {
                    runStart--;
                }
                inPhoneStretch = false;
                digitRun = 0;
                // the last word's letters (after an upper-case letter, a new run glued to it)
                boolean oneWord = runStart == i;
                letterRun = (oneWord && !upperRun ? letterRun : 0) + (j - runStart);
                letterRunStart = runStart;
                upperRun = false;
                i = j - 1; // the loop's i++ steps past the run's last letter
                continue;
            }
            if (c >= '0' && c <= '9') { // the whole run of digits at once
                int runStart = i;
                while (i + 1 < n && isAsciiDigit(chars[i + 1])) {
                    i++;
                }
                int length = i - runStart + 1;
                if (!inPhoneStretch) {
                    inPhoneStretch = true;
                    phoneDigits = 0;
                    // A stretch glued to a word: the phone number pattern's first run in it takes all its digits
                    // and does not stand alone (PhoneNumberShape.standsAlone).
                    phoneStretchFree = !(runStart > 0 && Character.isLetterOrDigit(chars[runStart - 1]));
                }
                phoneDigits += length;
                if (phoneStretchFree && phoneDigits > longestPhone) {
                    longestPhone = phoneDigits;
                }
                digits += length;
                boolean chained = lastDigit == runStart - 1
                        || lastDigit == runStart - 2 && isGroupSeparator(chars[runStart - 1]);
                chain = (chained ? chain : 0) + length;
                lastDigit = i;
                if (chain > longest) {
                    longest = chain;
                }
                if (digitRun == 0) {
                    lettersBeforeDigits = letterRun;
                    lettersStartBeforeDigits = letterRunStart;
                }
                digitRun += length;
                letterRun = 0;
                if (digitRun >= 2 && lettersBeforeDigits == 2 && !ibanStart) {
                    ibanStart = lettersStartBeforeDigits == 0
                            || !IbanRecognizer.isGluedBefore(chars[lettersStartBeforeDigits - 1]);
                }
                continue;
            }
            if (isPhoneSeparator(c)) {
                if (!inPhoneStretch) {
                    inPhoneStretch = true;
                    phoneDigits = 0;
                    phoneStretchFree = true;
                }
            } else {
                inPhoneStretch = false;
            }
            digitRun = 0;
            if (c >= 'A' && c <= 'Z') {
                upper++;
                letterRun = upperRun ? letterRun + 1 : 1;
                if (letterRun == 1) { // a new run of upper-case letters
                    letterRunStart = i;
                }
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
        return new TextProfile(digits, longest, at, dots, colons, ibanStart, upper, longestPhone, x);
    }

    private static final int LETTER = 1;
    private static final int SPACE = 2;
    /** {@link #LETTER} for ASCII lower-case letters, {@link #SPACE} for the space, 0 for every other ASCII character. */
    private static final byte[] PROSE_KIND = proseKinds();

    private static byte[] proseKinds() {
        byte[] kinds = new byte[128];
        for (char c = 'a'; c <= 'z'; c++) {
            kinds[c] = LETTER;
        }
        kinds[' '] = SPACE;
        return kinds;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isPhoneSeparator(char c) {
        return c == ' ' || c == '\u00A0' || c == '(' || c == ')' || c == '.' || c == '-';
    }

    private static boolean isGroupSeparator(char c) {
        return c == ' ' || c == '-';
    }
}
