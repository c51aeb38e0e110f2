package io.interven.gateway.core.fields;

import java.util.Optional;

/**
 * Escapes of string literals written into a text: <code>&#92;u0067</code> and <code>&#92;u{1F600}</code> (JSON,
 * JavaScript, Java), <code>&#92;x67</code> (Python, C, JavaScript), <code>&#92;U0001F600</code> (Python), and octal
 * <code>&#92;147</code> (C, Python, shells) where two or more stand together (<code>&#92;147&#92;150</code>), so that a
 * Windows path's <code>&#92;100</code> stays text; and CSS's <code>&#92;67 &#92;68 </code> (one to six hex digits, one
 * white space after them taken as their end) where two or more stand together and each is a printable ASCII
 * character, the form a style sheet or a selector hides text in. An
 * escaped backslash (<code>&#92;&#92;</code>) is kept as it is, so that the <code>u0067</code> after it stays text;
 * any other backslash, and an escape without its hex digits, is kept as written. Read in one pass; a text without a
 * decodable escape is not decoded.
 */
final class BackslashEscapes {
    private static final int MAX_BRACED_DIGITS = 6;
    private static final int MAX_CSS_DIGITS = 6;

    private BackslashEscapes() {
    }

    /** Whether the text holds a backslash before {@code u}, {@code x}, {@code U} or a hex digit: a cheap look. */
    static boolean mayContain(String text) {
        for (int i = text.indexOf('\\'); i >= 0 && i + 1 < text.length(); i = text.indexOf('\\', i + 1)) {
            char next = text.charAt(i + 1);
            if (next == 'u' || next == 'x' || next == 'U' || PercentCoding.hex(next) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The text with its escapes decoded, or empty when it has none that decodes. */
    static Optional<String> decode(String text) {
        StringBuilder out = null;
        int copiedUntil = 0;
        int n = text.length();
        int i = text.indexOf('\\');
        while (i >= 0 && i + 1 < n) {
            char kind = text.charAt(i + 1);
            if (kind == '\\') {
                i = text.indexOf('\\', i + 2);
                continue;
            }
            long escape = escapeAt(text, i, kind, out != null && copiedUntil == i);
            if (escape < 0) {
                i = text.indexOf('\\', i + 1);
                continue;
            }
            int codePoint = (int) (escape >>> 32);
            int end = (int) escape;
            out = out == null ? new StringBuilder(n) : out;
            out.append(text, copiedUntil, i).appendCodePoint(codePoint);
            copiedUntil = end;
            i = text.indexOf('\\', end);
        }
        if (out == null) {
            return Optional.empty();
        }
        return Optional.of(out.append(text, copiedUntil, n).toString());
    }

    /**
     * The decoded text written back: as it reads, with the characters below U+0020 (and DEL) escaped as
     * <code>&#92;u00XX</code>, so that a decoded line break does not break the literal the text was written in.
     */
    static String encode(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7F) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 8).append(text, 0, i);
                }
                out.append(String.format("\\u%04X", (int) c));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    /**
     * The escape at {@code i} as its code point (high 32 bits) and where it ends (low 32 bits); -1 when none.
     * {@code afterEscape}: an escape ends right where this one begins.
     */
    private static long escapeAt(String text, int i, char kind, boolean afterEscape) {
        int start = i + 2;
        long escape = switch (kind) {
            case 'x' -> fixedDigits(text, start, 2);
            case 'U' -> fixedDigits(text, start, 8);
            case 'u' -> start < text.length() && text.charAt(start) == '{' ? braced(text, start + 1)
                    : fixedDigits(text, start, 4);
            case '0', '1', '2', '3' -> octal(text, i);
            default -> -1;
        };
        return escape >= 0 || kind == 'x' || kind == 'U' || kind == 'u' ? escape : css(text, i, afterEscape);
    }

    /** A CSS escape at {@code i} standing next to another: after one, or with one right after it. */
    private static long css(String text, int i, boolean afterEscape) {
        long escape = cssEscape(text, i);
        if (escape < 0 || !afterEscape && cssEscape(text, (int) escape) < 0) {
            return -1;
        }
        return escape;
    }

    /**
     * One to {@value #MAX_CSS_DIGITS} hex digits after the backslash at {@code i}, ended by one white space (taken in)
     * or anything else (left), spelling a printable ASCII character; -1 otherwise.
     */
    private static long cssEscape(String text, int i) {
        if (i + 1 >= text.length() || text.charAt(i) != '\\') {
            return -1;
        }
        int start = i + 1;
        int end = start;
        while (end < text.length() && end - start < MAX_CSS_DIGITS && PercentCoding.hex(text.charAt(end)) >= 0) {
            end++;
        }
        if (end == start) {
            return -1;
        }
        long value = hexValue(text, start, end);
        if (value < 0x20 || value > 0x7E) {
            return -1;
        }
        boolean spaceEnds = end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t'
                || text.charAt(end) == '\n');
        return value << 32 | (spaceEnds ? end + 1 : end);
    }

    /** Three octal digits after the backslash at {@code i}, when another such escape stands right before or after. */
    private static long octal(String text, int i) {
        if (!isOctalEscape(text, i) || !isOctalEscape(text, i + 4) && !isOctalEscape(text, i - 4)) {
            return -1;
        }
        int value = (text.charAt(i + 1) - '0') * 64 + (text.charAt(i + 2) - '0') * 8 + (text.charAt(i + 3) - '0');
        return (long) value << 32 | (i + 4);
    }

    private static boolean isOctalEscape(String text, int i) {
        return i >= 0 && i + 3 < text.length() && text.charAt(i) == '\\' && isOctalDigit(text.charAt(i + 1), '3')
                && isOctalDigit(text.charAt(i + 2), '7') && isOctalDigit(text.charAt(i + 3), '7');
    }

    private static boolean isOctalDigit(char c, char highest) {
        return c >= '0' && c <= highest;
    }

    /** Exactly {@code digits} hex digits from {@code start}. */
    private static long fixedDigits(String text, int start, int digits) {
        int end = start + digits;
        if (end > text.length()) {
            return -1;
        }
        long value = hexValue(text, start, end);
        return value < 0 ? -1 : value << 32 | end;
    }

    /** <code>&#92;u{X...}</code>: one to {@value #MAX_BRACED_DIGITS} hex digits and a closing brace. */
    private static long braced(String text, int start) {
        int close = start;
        while (close < text.length() && close - start <= MAX_BRACED_DIGITS && text.charAt(close) != '}') {
            close++; // bounded, so that many unclosed braces cost a few characters each
        }
        if (close == start || close - start > MAX_BRACED_DIGITS || close >= text.length()) {
            return -1;
        }
        long value = hexValue(text, start, close);
        return value < 0 ? -1 : value << 32 | (close + 1);
    }

    /** The code point the ASCII hex digits {@code [start, end)} spell; -1 when one is not a digit or it is too big. */
    private static long hexValue(String text, int start, int end) {
        long value = 0;
        for (int k = start; k < end; k++) {
            int digit = PercentCoding.hex(text.charAt(k));
            if (digit < 0) {
                return -1;
            }
            value = value * 16 + digit;
        }
        return value > Character.MAX_CODE_POINT ? -1 : value;
    }
}
