package io.interven.plugin.pii;

/**
 * Whether a grouped number stands inside a table of hex codes: code points listed four at a time ({@code 5931 5932
 * 5933 5934 5974 592E 5B55 …}), a hex dump ({@code 0000000: 2e54 4820 5858 4420 3120 2241}). Most of such a table's
 * codes are digits alone, so a window of them passes a card's or an id's checksum by chance (one in ten for Luhn);
 * the codes with a letter among them ({@code 592E}) are what tells the table from a number. A number counts as inside
 * one when the words of its groups' width, hex digits alone, that run on from it over white space on both sides (up
 * to {@link #MIN_CODES} each way) are at least {@link #MIN_CODES} with its own groups, and one of them holds a
 * letter, or when they follow a hex dump's offset at the start of a line and one of them holds a letter. A card written
 * beside one or two such words, or after an offset alone, is still a card.
 */
final class HexCodeTable {
    /** The fewest codes, the number's groups among them: more than two cards' worth of groups of four. */
    static final int MIN_CODES = 10;
    /** The fewest hex digits of a dump's offset ({@code 0000000:}). */
    private static final int MIN_OFFSET_DIGITS = 6;

    private HexCodeTable() {
    }

    /**
     * Whether {@code [start, end)} of the text, digits in groups of one width separated by single spaces
     * ({@code 5363 5364 5372}), stands inside a table of hex codes of that width.
     */
    static boolean holdsGroupsAt(String text, int start, int end) {
        int width = -1;
        int groups = 0;
        int groupStart = start;
        for (int i = start; i <= end; i++) {
            if (i == end || text.charAt(i) == ' ') {
                int length = i - groupStart;
                if (length == 0 || width >= 0 && length != width) {
                    return false;
                }
                width = length;
                groups++;
                groupStart = i + 1;
            } else if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return groups > 1 && holds(text, start, end, width, groups);
    }

    /**
     * Whether {@code [start, end)}, groups of {@code width} characters separated by single blanks, stands inside a
     * table of hex codes of that width.
     */
    private static boolean holds(String text, int start, int end, int width, int groups) {
        if (width < 2) {
            return false;
        }
        int codes = groups;
        boolean letter = false;
        int at = start;
        for (int read = 0; read < MIN_CODES && (codes < MIN_CODES || !letter); read++) {
            int wordEnd = skipBlanksBack(text, at);
            int wordStart = wordEnd - width;
            if (wordEnd == at || wordStart < 0 || wordStart > 0 && !isBlank(text.charAt(wordStart - 1))
                    || !isHex(text, wordStart, wordEnd)) {
                break;
            }
            letter |= hasLetter(text, wordStart, wordEnd);
            codes++;
            at = wordStart;
        }
        boolean dump = isDumpOffset(text, at);
        at = end;
        for (int read = 0; read < MIN_CODES && (codes < MIN_CODES || !letter); read++) {
            int wordStart = skipBlanks(text, at);
            int wordEnd = wordStart + width;
            if (wordStart == at || wordEnd > text.length() || wordEnd < text.length() && !isBlank(text.charAt(wordEnd))
                    || !isHex(text, wordStart, wordEnd)) {
                break;
            }
            letter |= hasLetter(text, wordStart, wordEnd);
            codes++;
            at = wordEnd;
        }
        return (codes >= MIN_CODES || dump) && letter;
    }

    /**
     * Whether a hex dump's offset opens the line just before {@code at}: {@code 0000000: } (xxd), six hex digits or
     * more and a colon, with blanks alone between it and {@code at}.
     */
    private static boolean isDumpOffset(String text, int at) {
        int colon = skipBlanksBack(text, at) - 1;
        if (colon < 0 || colon == at - 1 || text.charAt(colon) != ':') {
            return false;
        }
        int start = colon;
        while (start > 0 && isHex(text, start - 1, start)) {
            start--;
        }
        return colon - start >= MIN_OFFSET_DIGITS && (start == 0 || text.charAt(start - 1) == '\n');
    }

    private static int skipBlanksBack(String text, int at) {
        int i = at;
        while (i > 0 && isBlank(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private static int skipBlanks(String text, int at) {
        int i = at;
        while (i < text.length() && isBlank(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\n' || c == '\r' || c == '\t';
    }

    private static boolean isHex(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if ((c < '0' || c > '9') && (c < 'a' || c > 'f') && (c < 'A' || c > 'F')) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasLetter(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (text.charAt(i) > '9') {
                return true;
            }
        }
        return false;
    }
}
