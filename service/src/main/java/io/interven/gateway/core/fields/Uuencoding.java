package io.interven.gateway.core.fields;

import java.io.ByteArrayOutputStream;

/**
 * uuencoded blocks ({@code begin 644 name}, lines of up to 45 bytes each led by its length, a line of length 0, then
 * {@code end}), as {@code uuencode}, Python's {@code uu} codec and old mail write them; zero is written as a space or a
 * backtick. Lines whose trailing spaces were stripped are read as if they were there.
 */
final class Uuencoding {
    private static final int BYTES_PER_LINE = 45;

    private Uuencoding() {
    }

    /** A decoded block: its {@code begin} line, whether zero was written as a backtick, its line break, and bytes. */
    record Block(String header, boolean backtick, String lineBreak, byte[] bytes) {
    }

    /** Whether the text may be a block: it starts with {@code begin } and an octal mode. */
    static boolean mayBe(String text) {
        return text.startsWith("begin ") && text.length() > 9 && isOctal(text.charAt(6));
    }

    /** The block the text is (from its {@code begin} line to its {@code end} line), or null. */
    static Block decode(String text) {
        if (!mayBe(text)) {
            return null;
        }
        String lineBreak = text.contains("\r\n") ? "\r\n" : "\n";
        String[] lines = text.split(lineBreak, -1);
        String header = lines[0];
        int space = header.indexOf(' ', 6);
        if (space < 0 || space == header.length() - 1 || !allOctal(header, 6, space)) {
            return null;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        boolean backtick = false;
        int k = 1;
        for (; k < lines.length; k++) {
            String line = lines[k];
            if (line.isEmpty()) {
                return null;
            }
            int length = (line.charAt(0) - 32) & 63;
            backtick |= line.charAt(0) == '`';
            if (length == 0) {
                break;
            }
            int chars = (length + 2) / 3 * 4;
            if (line.length() > chars + 1) {
                return null;
            }
            byte[] group = new byte[3];
            for (int g = 0; g < chars; g += 4) {
                int bits = 0;
                for (int c = 0; c < 4; c++) {
                    int at = 1 + g + c;
                    char ch = at < line.length() ? line.charAt(at) : ' ';
                    if (ch < 32 || ch > 96) {
                        return null;
                    }
                    backtick |= ch == '`';
                    bits = bits << 6 | ((ch - 32) & 63);
                }
                group[0] = (byte) (bits >> 16);
                group[1] = (byte) (bits >> 8);
                group[2] = (byte) bits;
                int take = Math.min(3, length - g / 4 * 3);
                out.write(group, 0, take);
            }
        }
        int end = k + 1;
        while (end < lines.length && lines[end].isEmpty()) {
            end++;
        }
        if (k >= lines.length || end >= lines.length || !lines[end].strip().equals("end")) {
            return null;
        }
        return new Block(header, backtick, lineBreak, out.toByteArray());
    }

    /** The bytes as a block under {@code header}, zero written as {@code backtick} or a space, ending in {@code end}. */
    static String encode(byte[] bytes, String header, boolean backtick, String lineBreak) {
        StringBuilder out = new StringBuilder(header).append(lineBreak);
        for (int i = 0; i < bytes.length; i += BYTES_PER_LINE) {
            int length = Math.min(BYTES_PER_LINE, bytes.length - i);
            out.append(charOf(length, backtick));
            for (int g = 0; g < length; g += 3) {
                int bits = 0;
                for (int c = 0; c < 3; c++) {
                    bits = bits << 8 | (g + c < length ? bytes[i + g + c] & 0xff : 0);
                }
                for (int shift = 18; shift >= 0; shift -= 6) {
                    out.append(charOf((bits >> shift) & 63, backtick));
                }
            }
            out.append(lineBreak);
        }
        return out.append(charOf(0, backtick)).append(lineBreak).append("end").toString();
    }

    private static char charOf(int value, boolean backtick) {
        return value == 0 && backtick ? '`' : (char) (32 + value);
    }

    private static boolean allOctal(String text, int from, int to) {
        if (to - from < 3 || to - from > 4) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!isOctal(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isOctal(char c) {
        return c >= '0' && c <= '7';
    }
}
