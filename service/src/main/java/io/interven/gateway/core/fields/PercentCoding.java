package io.interven.gateway.core.fields;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Percent-encoding, read leniently: every valid {@code %XX} is decoded (as UTF-8) and a malformed escape such as
 * {@code %zz} stays as written, so that one bad escape cannot hide the rest of a value from detection.
 */
final class PercentCoding {
    private PercentCoding() {
    }

    /** True when the text holds at least one valid {@code %XX} escape. */
    static boolean hasEscape(String text) {
        return hasEscape(text, 0, text.length());
    }

    /**
     * {@link #hasEscape(String)} of {@code text.substring(from, to)}, without the substring. Reads no further than
     * {@code to}: asked word by word, a search for the next {@code %} would read to the end of the text each time.
     */
    static boolean hasEscape(String text, int from, int to) {
        for (int i = from; i + 2 < to; i++) {
            if (text.charAt(i) == '%' && hex(text.charAt(i + 1)) >= 0 && hex(text.charAt(i + 2)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The decoded text; {@code plusIsSpace} for forms and query strings. */
    static String decode(String text, boolean plusIsSpace) {
        if (text.indexOf('%') < 0 && (!plusIsSpace || text.indexOf('+') < 0)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '%' && i + 2 < text.length()
                    && hex(text.charAt(i + 1)) >= 0 && hex(text.charAt(i + 2)) >= 0) {
                bytes.write(hex(text.charAt(i + 1)) * 16 + hex(text.charAt(i + 2)));
                i += 3;
                continue;
            }
            flush(bytes, out);
            out.append(plusIsSpace && c == '+' ? ' ' : c);
            i++;
        }
        flush(bytes, out);
        return out.toString();
    }

    /** Form encoding ({@code application/x-www-form-urlencoded}: space as {@code +}). */
    static String encodeForm(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** Encoding for a URL path segment or a text outside forms (space as {@code %20}). */
    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static void flush(ByteArrayOutputStream bytes, StringBuilder out) {
        if (bytes.size() > 0) {
            out.append(new String(bytes.toByteArray(), StandardCharsets.UTF_8));
            bytes.reset();
        }
    }

    static int hex(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }
}
