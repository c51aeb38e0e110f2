package io.interven.plugin.pii;

/**
 * What a cheap look at a field's text says could possibly be in it: how many digits, the longest chain of
 * digits with at most one space or dash between neighbours, whether there is an {@code @}, how many dots and
 * colons, and whether an IBAN can start ({@link IbanRecognizer#START}). {@link PiiDetector} skips each
 * recognizer whose candidates cannot occur ({@link PiiRecognizer#mayMatch}); the recognizers themselves still
 * check everything.
 *
 * <p>Two passes: one over every character that only counts (a table look-up and an addition per character, no
 * branch), then, when there are digits, one over the runs of digits for what depends on their neighbours. A text
 * without digits (most prose) costs the first pass only.
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
    /** The text's characters, for recognizers that read them one by one. Not to be modified. */
    final char[] chars;

    private TextProfile(char[] chars, int digits, int longestGroupedDigits, boolean hasAt, int dots, int colons,
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
        this.chars = chars;
    }

    static TextProfile of(String text) {
        return of(text, DigitPass.BY_DENSITY);
    }

    /** How the digits' neighbourhoods are read: by the density of digits, or one way for tests. */
    enum DigitPass {
        BY_DENSITY, RUN_BY_RUN, EVERY_CHARACTER
    }

    static TextProfile of(String text, DigitPass pass) {
        // Read from an array rather than with String.charAt: a loop over charAt is compiled from the profile of charAt
        // itself, which every caller in the JVM shares, and when strings of two-byte characters passed through it
        // early the same loop runs up to half as fast in one JVM as in the next.
        char[] chars = text.toCharArray();
        int n = chars.length;
        int digits = 0;
        int upper = 0;
        int dots = 0;
        int colons = 0;
        int flags = 0;
        for (int blockStart = 0; blockStart < n; blockStart += BLOCK) {
            int blockEnd = Math.min(n, blockStart + BLOCK);
            long counts = 0;
            for (int i = blockStart; i < blockEnd; i++) {
                int c = Math.min(chars[i], OTHER);
                counts += COUNTS[c];
                flags |= FLAGS[c];
            }
            digits += (int) (counts & LANE);
            upper += (int) (counts >>> UPPER_SHIFT & LANE);
            dots += (int) (counts >>> DOT_SHIFT & LANE);
            colons += (int) (counts >>> COLON_SHIFT & LANE);
        }
        boolean at = (flags & AT) != 0;
        boolean x = (flags & X) != 0;
        if (digits == 0) {
            return new TextProfile(chars, 0, 0, at, dots, colons, false, upper, 0, x);
        }
        boolean dense = pass == DigitPass.BY_DENSITY ? digits * DENSE_DIGITS >= n : pass == DigitPass.EVERY_CHARACTER;
        return dense ? withEveryCharacter(chars, digits, at, dots, colons, upper, x)
                : withDigitRuns(chars, digits, at, dots, colons, upper, x);
    }

    /**
     * The profile of a text whose digits are dense (a hex digest, a UUID, a timestamp): every character read once,
     * without a branch that depends on it, since a branch per run of digits would be mispredicted at every run.
     * Computes what {@link #withDigitRuns} does.
     */
    private static TextProfile withEveryCharacter(char[] chars, int digits, boolean at, int dots, int colons,
            int upper, boolean x) {
        int longest = 0;
        int chain = 0;
        int previousDigit = 0;
        int phoneDigits = 0;
        int phoneStretchFree = 0;
        int longestPhone = 0;
        int previousMember = 0;
        int previousLetterOrDigit = 0;
        long window = 0; // the kinds of the last five characters, the current one in the low byte
        int ibanStart = 0;
        for (char c : chars) {
            int kind = c < KINDS.length ? KINDS[c] : kindBeyondLatin1(c);
            int digit = kind & DIGIT;
            // digits in a row: a group separator right after a digit keeps the chain for the digit after it
            int keeps = digit | (kind >> GROUP_SEPARATOR_BIT & previousDigit);
            chain = (chain + digit) & -keeps;
            longest = Math.max(longest, chain);
            // the stretch of digits and phone separators; one starting with a digit glued to a letter or digit is
            // not free (PhoneNumberShape.standsAlone)
            int member = digit | (kind >> PHONE_SEPARATOR_BIT & 1);
            int startsStretch = -(member & (previousMember ^ 1));
            int free = (digit & previousLetterOrDigit) ^ 1;
            phoneStretchFree = (phoneStretchFree & ~startsStretch) | (free & startsStretch);
            phoneDigits = (phoneDigits & ~startsStretch) + digit;
            longestPhone = Math.max(longestPhone, phoneDigits & -phoneStretchFree);
            // two letters of one case standing alone, then two digits: the current and the one before
            window = window << Byte.SIZE | kind;
            long letters = window >>> (2 * Byte.SIZE) & window >>> (3 * Byte.SIZE);
            int sameCase = (int) (letters >> UPPER_BIT | letters >> LOWER_BIT) & 1;
            int alone = (int) (window >>> (4 * Byte.SIZE) >> GLUED_BIT & 1) ^ 1;
            ibanStart |= (int) (window & window >>> Byte.SIZE) & DIGIT & sameCase & alone;
            previousDigit = digit;
            previousMember = member;
            previousLetterOrDigit = kind >> LETTER_OR_DIGIT_BIT & 1;
        }
        return new TextProfile(chars, digits, longest, at, dots, colons, ibanStart != 0, upper, longestPhone, x);
    }

    private static int kindBeyondLatin1(char c) {
        return Character.isLetterOrDigit(c) ? 1 << LETTER_OR_DIGIT_BIT : 0;
    }

    /**
     * The profile of a text with digits: its runs of digits read one after another, each with what stands before
     * it (a separator chaining it to the run before, the start of its phone stretch, two letters of an IBAN).
     */
    private static TextProfile withDigitRuns(char[] chars, int digits, boolean at, int dots, int colons, int upper,
            boolean x) {
        int n = chars.length;
        int longest = 0;
        int chain = 0;
        int phoneDigits = 0;
        boolean phoneStretchFree = false;
        int longestPhone = 0;
        boolean ibanStart = false;
        int previousEnd = -1; // where the run before ended (exclusive), -1 before the first
        int i = 0;
        while (true) {
            while (i < n && !isAsciiDigit(chars[i])) {
                i++;
            }
            if (i == n) {
                break;
            }
            int start = i;
            while (i < n && isAsciiDigit(chars[i])) {
                i++;
            }
            int length = i - start;

            // digits in a row, neighbouring runs one space or dash apart
            boolean chained = previousEnd > 0 && previousEnd == start - 1 && isGroupSeparator(chars[start - 1]);
            chain = (chained ? chain : 0) + length;
            longest = Math.max(longest, chain);

            // the stretch of digits and phone separators the run is in: the run before's, or one that starts here
            int stretchStart = start;
            while (stretchStart > 0 && isPhoneSeparator(chars[stretchStart - 1])) { // stops at the run before
                stretchStart--;
            }
            if (previousEnd >= 0 && stretchStart == previousEnd) {
                phoneDigits += length;
            } else {
                phoneDigits = length;
                // A stretch glued to a word: the phone number pattern's first run in it takes all its digits and
                // does not stand alone (PhoneNumberShape.standsAlone). One that starts with a separator is free.
                phoneStretchFree = !(start > 0 && Character.isLetterOrDigit(chars[start - 1]));
            }
            if (phoneStretchFree) {
                longestPhone = Math.max(longestPhone, phoneDigits);
            }

            // two letters of one case standing alone, then two digits
            if (!ibanStart && length >= 2 && start >= 2) {
                ibanStart = isSameCaseLetterPair(chars[start - 2], chars[start - 1])
                        && (start == 2 || !IbanRecognizer.isGluedBefore(chars[start - 3]));
            }
            previousEnd = i;
        }
        return new TextProfile(chars, digits, longest, at, dots, colons, ibanStart, upper, longestPhone, x);
    }

    /** A text has dense digits when at least one character in this many is a digit. */
    private static final int DENSE_DIGITS = 4;
    private static final int DIGIT = 1;
    private static final int GROUP_SEPARATOR_BIT = 1;
    private static final int PHONE_SEPARATOR_BIT = 2;
    private static final int LETTER_OR_DIGIT_BIT = 3;
    private static final int UPPER_BIT = 4;
    private static final int LOWER_BIT = 5;
    /** What {@link IbanRecognizer#isGluedBefore} says of the character. */
    private static final int GLUED_BIT = 6;
    /** For each Latin-1 character, its kind: the bits above. */
    private static final byte[] KINDS = new byte[256];

    /** Characters counted in one block: each count has 16 bits of {@link #COUNTS}, so a block is shorter. */
    private static final int BLOCK = 32_768;
    private static final long LANE = 0xFFFF;
    private static final int UPPER_SHIFT = 16;
    private static final int DOT_SHIFT = 32;
    private static final int COLON_SHIFT = 48;
    private static final int AT = 1;
    private static final int X = 2;
    /** The index of every character from U+0080 on, which counts nothing. */
    private static final int OTHER = 128;
    /** For each ASCII character, 1 in the lane it counts in (digits, upper-case letters, dots, colons). */
    private static final long[] COUNTS = new long[OTHER + 1];
    /** For each ASCII character, {@link #AT} or {@link #X}. */
    private static final int[] FLAGS = new int[OTHER + 1];

    static {
        for (char c = '0'; c <= '9'; c++) {
            COUNTS[c] = 1;
        }
        for (char c = 'A'; c <= 'Z'; c++) {
            COUNTS[c] = 1L << UPPER_SHIFT;
        }
        COUNTS['.'] = 1L << DOT_SHIFT;
        COUNTS[':'] = 1L << COLON_SHIFT;
        FLAGS['@'] = AT;
        FLAGS['x'] = X;
        for (char c = 0; c < KINDS.length; c++) {
            int kind = (isAsciiDigit(c) ? DIGIT : 0)
                    | (isGroupSeparator(c) ? 1 << GROUP_SEPARATOR_BIT : 0)
                    | (isPhoneSeparator(c) ? 1 << PHONE_SEPARATOR_BIT : 0)
                    | (Character.isLetterOrDigit(c) ? 1 << LETTER_OR_DIGIT_BIT : 0)
                    | (c >= 'A' && c <= 'Z' ? 1 << UPPER_BIT : 0)
                    | (c >= 'a' && c <= 'z' ? 1 << LOWER_BIT : 0)
                    | (IbanRecognizer.isGluedBefore(c) ? 1 << GLUED_BIT : 0);
            KINDS[c] = (byte) kind;
        }
    }

    private static boolean isSameCaseLetterPair(char a, char b) {
        return a >= 'A' && a <= 'Z' && b >= 'A' && b <= 'Z' || a >= 'a' && a <= 'z' && b >= 'a' && b <= 'z';
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
