package io.interven.plugin.pii;

/**
 * The runs of {@link PhoneNumberRecognizer}, read by hand: what its expression
 * {@code [+(]?\d[\d \u00A0().\-]*[\d)](?: ?(?:x|ext\.?|extension) ?\d{1,6})?} matches at a position, with the same
 * choices (the longest body, then an extension if one can follow, its alternatives in order), without the regex
 * engine's node calls per character.
 */
final class PhoneRun {
    private static final int MAX_EXTENSION_DIGITS = 6;
    private static final String[] EXTENSION_WORDS = {"x", "ext.", "ext", "extension"};

    private PhoneRun() {
    }

    /** Where the run that starts at {@code p} ends, or -1 when none starts there. */
    static int end(String text, int p) {
        int n = text.length();
        int firstDigit = p;
        char c = text.charAt(p);
        if (c == '+' || c == '(') {
            firstDigit = p + 1;
        }
        if (firstDigit >= n || !CandidateStarts.isDigit(text.charAt(firstDigit))) {
            return -1;
        }
        int bodyEnd = firstDigit + 1;
        while (bodyEnd < n && isBodyChar(text.charAt(bodyEnd))) {
            bodyEnd++;
        }
        int last = bodyEnd - 1;
        while (last > firstDigit && !isClosing(text.charAt(last))) {
            last--;
        }
        if (last == firstDigit) {
            return -1; // [\d)] needs a character of its own after the first digit
        }
        int end = last + 1;
        int extension = extensionEnd(text, end);
        return extension > 0 ? extension : end;
    }

    /** The end of {@code ' ?(?:x|ext\.?|extension) ?\d{1,6}'} at {@code at}, the first way it matches, or -1. */
    private static int extensionEnd(String text, int at) {
        for (int space = hasSpace(text, at) ? 1 : 0; space >= 0; space--) {
            for (String word : EXTENSION_WORDS) {
                int afterWord = at + space;
                if (!text.startsWith(word, afterWord)) {
                    continue;
                }
                afterWord += word.length();
                for (int space2 = hasSpace(text, afterWord) ? 1 : 0; space2 >= 0; space2--) {
                    int digits = 0;
                    int from = afterWord + space2;
                    while (digits < MAX_EXTENSION_DIGITS && from + digits < text.length()
                            && CandidateStarts.isDigit(text.charAt(from + digits))) {
                        digits++;
                    }
                    if (digits > 0) {
                        return from + digits;
                    }
                }
            }
        }
        return -1;
    }

    private static boolean hasSpace(String text, int at) {
        return at < text.length() && text.charAt(at) == ' ';
    }

    private static boolean isBodyChar(char c) {
        return c >= '0' && c <= '9' || c == ' ' || c == '\u00A0' || c == '(' || c == ')' || c == '.' || c == '-';
    }

    private static boolean isClosing(char c) {
        return c >= '0' && c <= '9' || c == ')';
    }
}
