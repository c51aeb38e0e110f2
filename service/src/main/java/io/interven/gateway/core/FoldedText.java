package io.interven.gateway.core;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A text percent-decoded (leniently: a malformed escape stays as it is) and lower-cased character by character,
 * with, for every character of the result, the span of the original text it came from. Lets a value be searched
 * where the text spells it with another case or percent-encodes it, and the original span be redacted.
 */
final class FoldedText {
    private final String folded;
    /** Where each character of {@link #folded} starts and ends in the original text; null: where it is. */
    private final int[] starts;
    private final int[] ends;

    private FoldedText(String folded, int[] starts, int[] ends) {
        this.folded = folded;
        this.starts = starts;
        this.ends = ends;
    }

    static FoldedText of(String text) {
        if (text.indexOf('%') < 0) {
            return withoutEscapes(text);
        }
        int n = text.length();
        StringBuilder out = new StringBuilder(n);
        int[] starts = new int[n];
        int[] ends = new int[n];
        int i = 0;
        while (i < n) {
            if (!isEscape(text, i)) {
                put(out, starts, ends, Character.toLowerCase(text.charAt(i)), i, i + 1);
                i++;
                continue;
            }
            ByteArrayOutputStream multiByte = new ByteArrayOutputStream();
            int multiByteStart = i;
            while (isEscape(text, i)) {
                int b = Integer.parseInt(text, i + 1, i + 3, 16);
                if (b < 0x80) {
                    flush(out, starts, ends, multiByte, multiByteStart, i);
                    put(out, starts, ends, Character.toLowerCase((char) b), i, i + 3);
                    multiByteStart = i + 3;
                } else {
                    if (multiByte.size() == 0) {
                        multiByteStart = i;
                    }
                    multiByte.write(b);
                }
                i += 3;
            }
            flush(out, starts, ends, multiByte, multiByteStart, i);
        }
        return new FoldedText(out.toString(), starts, ends);
    }

    /**
     * A text with no {@code %}: nothing to decode, so each character folds on its own and stays where it was (the
     * spans are the identity, kept as null).
     */
    private static FoldedText withoutEscapes(String text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = Character.toLowerCase(text.charAt(i));
        }
        return new FoldedText(new String(out), null, null);
    }

    /** The decoded, lower-cased text. */
    String text() {
        return folded;
    }

    /** Where the decoded characters {@code [from, to)} are in the original text: {start, end}. */
    int[] originalSpan(int from, int to) {
        return starts == null ? new int[] {from, to} : new int[] {starts[from], ends[to - 1]};
    }

    private static boolean isEscape(String text, int i) {
        return i + 2 < text.length() && text.charAt(i) == '%' && isHex(text.charAt(i + 1))
                && isHex(text.charAt(i + 2));
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    /** Decodes pending UTF-8 bytes (escapes {@code [start, end)}) as one group mapped to the whole group. */
    private static void flush(StringBuilder out, int[] starts, int[] ends, ByteArrayOutputStream bytes, int start,
                              int end) {
        if (bytes.size() == 0) {
            return;
        }
        String decoded = bytes.toString(StandardCharsets.UTF_8);
        for (int k = 0; k < decoded.length(); k++) {
            put(out, starts, ends, Character.toLowerCase(decoded.charAt(k)), start, end);
        }
        bytes.reset();
    }

    private static void put(StringBuilder out, int[] starts, int[] ends, char c, int start, int end) {
        starts[out.length()] = start;
        ends[out.length()] = end;
        out.append(c);
    }
}
