package io.interven.gateway.core.fields;

import java.util.ArrayList;
import java.util.List;

/**
 * Values written in Morse code (International, ITU): letters of dots and dashes one space apart, words three spaces,
 * a slash or a bar apart ({@code ....- ..... ...-- ----. / .---- ....- ---.. ---..}). Each run is read back as what it
 * spells, in capitals, words a space apart ({@code 4539 1488}), to be scanned beside the text as written. Morse has
 * no letter case, so what it carries is what needs none: card, phone and identity numbers, AWS key ids. A run counts
 * with at least {@value #MIN_LETTERS} letters of at least three kinds, so rules ({@code -----}), ellipses and a
 * stray {@code .-} are left alone. The middle dot, bullet and minus sign are read as dots and dashes too.
 */
final class MorseRuns {
    static final int MIN_LETTERS = 8;
    private static final int MAX_SYMBOLS = 6;
    /** What each code spells, by the code read as bits behind a leading 1 (a dot 0, a dash 1); 0 where none. */
    private static final char[] LETTERS = new char[1 << (MAX_SYMBOLS + 1)];

    static {
        String[] codes = {
            "A.-", "B-...", "C-.-.", "D-..", "E.", "F..-.", "G--.", "H....", "I..", "J.---", "K-.-", "L.-..", "M--",
            "N-.", "O---", "P.--.", "Q--.-", "R.-.", "S...", "T-", "U..-", "V...-", "W.--", "X-..-", "Y-.--", "Z--..",
            "0-----", "1.----", "2..---", "3...--", "4....-", "5.....", "6-....", "7--...", "8---..", "9----.",
            "_..--.-", "@.--.-.", "..-.-.-", "--....-", "/-..-.", ":---...", "=-...-", "+.-.-.",
        };
        for (String code : codes) {
            int bits = 1;
            for (int i = 1; i < code.length(); i++) {
                bits = bits << 1 | (code.charAt(i) == '-' ? 1 : 0);
            }
            LETTERS[bits] = code.charAt(0);
        }
    }

    private MorseRuns() {
    }

    /** Whether the text holds a dot next to a dash: one look with {@code indexOf} each way. */
    static boolean mayHold(String text) {
        return text.indexOf(".-") >= 0 || text.indexOf("-.") >= 0 || text.indexOf('\u00B7') >= 0
                || text.indexOf('\u2022') >= 0;
    }

    static List<SpelledRuns.Run> in(String text) {
        List<SpelledRuns.Run> runs = List.of();
        int n = text.length();
        int i = 0;
        Reading reading = null;
        while (i < n) {
            if (!isSymbol(text.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            int bits = 1;
            while (end < n && isSymbol(text.charAt(end)) && end - i <= MAX_SYMBOLS) {
                bits = bits << 1 | (isDash(text.charAt(end)) ? 1 : 0);
                end++;
            }
            boolean whole = end - i <= MAX_SYMBOLS && (end == n || !isSymbol(text.charAt(end)));
            boolean apart = (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))
                    && (end == n || !Character.isLetterOrDigit(text.charAt(end)));
            char letter = whole && apart ? LETTERS[bits] : 0;
            int gap = reading == null ? -1 : gapKind(text, reading.end, i);
            if (reading != null && (letter == 0 || gap < 0)) {
                runs = reading.addTo(runs);
                reading = null;
            }
            if (letter != 0) {
                if (reading == null) {
                    reading = new Reading();
                } else if (gap == WORD_GAP) {
                    reading.value.append(' ');
                }
                reading.letter(i, end, letter);
            }
            while (end < n && isSymbol(text.charAt(end))) {
                end++;
            }
            i = end;
        }
        return reading == null ? runs : reading.addTo(runs);
    }

    private static final int LETTER_GAP = 0;
    private static final int WORD_GAP = 1;

    /** The kind of the gap between two letters: one space, or a word's gap; -1 when it is no gap of Morse. */
    private static int gapKind(String text, int from, int to) {
        String gap = text.substring(from, to);
        if (gap.equals(" ")) {
            return LETTER_GAP;
        }
        String trimmed = gap.strip();
        boolean spaces = gap.length() <= 5 && (trimmed.isEmpty() || trimmed.equals("/") || trimmed.equals("|"));
        return spaces && gap.indexOf('\n') < 0 ? WORD_GAP : -1;
    }

    /** A run being read: where each letter stands, and the value so far. */
    private static final class Reading {
        private final List<int[]> pieces = new ArrayList<>();
        private final StringBuilder value = new StringBuilder();
        private int letters;
        private int end;

        void letter(int start, int end, char letter) {
            pieces.add(new int[] {start, end, value.length()});
            value.append(letter);
            letters++;
            this.end = end;
        }

        List<SpelledRuns.Run> addTo(List<SpelledRuns.Run> runs) {
            if (letters < MIN_LETTERS || value.chars().distinct().count() < 3) {
                return runs;
            }
            List<SpelledRuns.Run> more = runs.isEmpty() ? new ArrayList<>() : runs;
            more.add(new SpelledRuns.Run(pieces.get(0)[0], end, value.toString(),
                    PieceOffsets.of(pieces, value.length())));
            return more;
        }
    }

    private static boolean isSymbol(char c) {
        return c == '.' || c == '-' || c == '\u00B7' || c == '\u2022' || c == '\u2212' || c == '\u2013';
    }

    private static boolean isDash(char c) {
        return c == '-' || c == '\u2212' || c == '\u2013';
    }
}
