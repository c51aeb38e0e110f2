package io.interven.plugin.pii;

import java.util.Arrays;

/**
 * A maximal chain of digit groups in a text: runs of ASCII digits where neighbouring runs are one space or one dash
 * apart ({@code 4111 1111 1111 1111 5500 0000 0000 0004}, {@code 4111111111111111-1}). Card numbers, and lists of
 * them, are chains; {@link #scan} finds every chain of a text in one pass. One instance is reused from chain to
 * chain, so scanning allocates only when a chain has more groups than any before it.
 */
final class DigitChain {
    private final String text;
    private int[] starts = new int[8];
    private int[] ends = new int[8];
    private int count;

    private DigitChain(String text) {
        this.text = text;
    }

    /** Receives each chain of a text, in text order; the chain is only valid during the call. */
    interface Visitor {
        void visit(DigitChain chain);
    }

    /** Calls {@code visitor} once for every chain in {@code text}. Linear in the text's length. */
    static void scan(String text, Visitor visitor) {
        DigitChain chain = new DigitChain(text);
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!isDigit(text.charAt(i))) {
                i++;
                continue;
            }
            chain.count = 0;
            int at = i;
            while (true) {
                int end = at;
                while (end < n && isDigit(text.charAt(end))) {
                    end++;
                }
                chain.add(at, end);
                if (end + 1 < n && isSeparator(text.charAt(end)) && isDigit(text.charAt(end + 1))) {
                    at = end + 1;
                } else {
                    i = end;
                    break;
                }
            }
            visitor.visit(chain);
        }
    }

    String text() {
        return text;
    }

    int groups() {
        return count;
    }

    int start(int group) {
        return starts[group];
    }

    int end(int group) {
        return ends[group];
    }

    int length(int group) {
        return ends[group] - starts[group];
    }

    /** The separator after {@code group} (a space or a dash); only for groups before the last. */
    char separatorAfter(int group) {
        return text.charAt(ends[group]);
    }

    /** The digits of groups {@code first..last}, separators left out. */
    String digits(int first, int last) {
        StringBuilder digits = new StringBuilder(19);
        for (int g = first; g <= last; g++) {
            digits.append(text, starts[g], ends[g]);
        }
        return digits.toString();
    }

    private void add(int start, int end) {
        if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
            ends = Arrays.copyOf(ends, count * 2);
        }
        starts[count] = start;
        ends[count] = end;
        count++;
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isSeparator(char c) {
        return c == ' ' || c == '-';
    }
}
