package io.interven.gateway.core.fields;

import java.io.ByteArrayOutputStream;

/**
 * The two base85 encodings in use, written out here (the JDK has none): Ascii85 (btoa, PostScript and PDF, Python's
 * {@code a85encode}; {@code !} to {@code u}, {@code z} for four zero bytes, between {@code <~} and {@code ~>} in
 * Adobe's form) and RFC 1924's alphabet (Git's binary patches, Mercurial, Python's {@code b85encode}). Four bytes a
 * group of five characters; a last group of n bytes is written as n + 1 characters.
 */
public enum Base85 {
    ASCII85, ADOBE, RFC1924;

    private static final String RFC1924_ALPHABET =
            "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~";
    private static final int[] RFC1924_VALUES = new int[128];

    static {
        java.util.Arrays.fill(RFC1924_VALUES, -1);
        for (int i = 0; i < RFC1924_ALPHABET.length(); i++) {
            RFC1924_VALUES[RFC1924_ALPHABET.charAt(i)] = i;
        }
    }

    /** The bytes the text spells in this encoding (Adobe's with its delimiters), or null when it spells none. */
    byte[] decode(String text) {
        int from = 0;
        int to = text.length();
        if (this == ADOBE) {
            if (!text.startsWith("<~") || !text.endsWith("~>") || to < 4) {
                return null;
            }
            from = 2;
            to -= 2;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream((to - from) * 4 / 5 + 4);
        long group = 0;
        int count = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (this != RFC1924 && c == 'z' && count == 0) {
                for (int k = 0; k < 4; k++) {
                    out.write(0);
                }
                continue;
            }
            int value = valueOf(c);
            if (value < 0) {
                return null;
            }
            group = group * 85 + value;
            if (++count == 5) {
                if (group > 0xFFFFFFFFL) {
                    return null;
                }
                writeGroup(out, group, 4);
                group = 0;
                count = 0;
            }
        }
        if (count == 1) {
            return null;
        }
        if (count > 0) {
            int highest = 84; // the last character of either alphabet
            for (int k = count; k < 5; k++) {
                group = group * 85 + highest;
            }
            if (group > 0xFFFFFFFFL) {
                return null;
            }
            writeGroup(out, group, count - 1);
        }
        return out.toByteArray();
    }

    /** The bytes in this encoding (Adobe's between its delimiters). */
    String encode(byte[] bytes) {
        StringBuilder out = new StringBuilder(bytes.length * 5 / 4 + 8);
        if (this == ADOBE) {
            out.append("<~");
        }
        for (int i = 0; i < bytes.length; i += 4) {
            int n = Math.min(4, bytes.length - i);
            long group = 0;
            for (int k = 0; k < 4; k++) {
                group = group << 8 | (k < n ? bytes[i + k] & 0xff : 0);
            }
            if (group == 0 && n == 4 && this != RFC1924) {
                out.append('z');
                continue;
            }
            char[] digits = new char[5];
            for (int k = 4; k >= 0; k--) {
                digits[k] = charOf((int) (group % 85));
                group /= 85;
            }
            out.append(digits, 0, n + 1);
        }
        if (this == ADOBE) {
            out.append("~>");
        }
        return out.toString();
    }

    private int valueOf(char c) {
        if (this == RFC1924) {
            return c < 128 ? RFC1924_VALUES[c] : -1;
        }
        return c >= '!' && c <= 'u' ? c - '!' : -1;
    }

    private char charOf(int value) {
        return this == RFC1924 ? RFC1924_ALPHABET.charAt(value) : (char) ('!' + value);
    }

    private static void writeGroup(ByteArrayOutputStream out, long group, int bytes) {
        for (int k = 0; k < bytes; k++) {
            out.write((int) (group >>> (24 - 8 * k)) & 0xff);
        }
    }
}
