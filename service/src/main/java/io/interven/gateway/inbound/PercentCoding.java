package io.interven.gateway.inbound;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Percent-encoding as RFC 3986 defines it, for the forwarder's path and query: what a URI may carry raw, what must be
 * escaped, and the bytes an escaped text stands for. Escapes already in a text are never rewritten, so that what the
 * caller sent (an upper- or lower-case escape, {@code %3A} in an identifier) reaches the upstream exactly.
 */
final class PercentCoding {
    /** Sub-delimiters and {@code : @}: allowed raw in a path segment and in a query (RFC 3986 {@code pchar}). */
    private static final String PCHAR_PUNCTUATION = "!$&'()*+,;=:@";
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private PercentCoding() {
    }

    /** Where a text goes: a path segment may not carry {@code /} or {@code ?} raw, a query may. */
    enum Place {
        SEGMENT, QUERY;

        boolean allowsRaw(char c) {
            return isUnreserved(c) || PCHAR_PUNCTUATION.indexOf(c) >= 0 || (this == QUERY && (c == '/' || c == '?'));
        }
    }

    static boolean isUnreserved(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || c == '_' || c == '~';
    }

    static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    /** Whether the text holds at least one well-formed escape ({@code %} and two hex digits). */
    static boolean hasEscape(String text) {
        for (int i = text.indexOf('%'); i >= 0; i = text.indexOf('%', i + 1)) {
            if (isEscapeAt(text, i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isEscapeAt(String text, int i) {
        return text.charAt(i) == '%' && i + 2 < text.length() && isHex(text.charAt(i + 1))
                && isHex(text.charAt(i + 2));
    }

    /**
     * The bytes the text stands for: each well-formed escape becomes its byte, every other character its UTF-8
     * bytes (a {@code %} not followed by two hex digits stays a {@code %}).
     */
    static byte[] decode(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (isEscapeAt(text, i)) {
                bytes.write(Character.digit(text.charAt(i + 1), 16) * 16 + Character.digit(text.charAt(i + 2), 16));
                i += 3;
            } else {
                int end = Character.isHighSurrogate(c) && i + 1 < text.length() ? i + 2 : i + 1;
                bytes.writeBytes(text.substring(i, end).getBytes(StandardCharsets.UTF_8));
                i = end;
            }
        }
        return bytes.toByteArray();
    }

    /** Every character but the unreserved ones escaped, as UTF-8: a name or value the gateway itself adds. */
    static String encodeComponent(String text) {
        StringBuilder out = new StringBuilder(text.length() * 3);
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if (c < 0x80 && isUnreserved(c)) {
                out.append(c);
            } else {
                appendEscape(out, b);
            }
        }
        return out.toString();
    }

    /**
     * The raw text as a URI can carry it: escapes and characters allowed raw in {@code place} are kept as written;
     * other printable ASCII characters (space, {@code " < > [ ] ^ ` { | }}, ...) and non-ASCII characters are
     * escaped as UTF-8 (the only way they can travel, and equivalent for every server). A malformed escape or a
     * control character (raw NUL, CR, LF, DEL, C1) is refused: a server would read it in a way of its own.
     */
    static String encodeUnsafe(String raw, Place place) throws UpstreamPathRefused {
        StringBuilder out = new StringBuilder(raw.length() + 16);
        String where = place == Place.SEGMENT ? "path" : "query";
        int i = 0;
        while (i < raw.length()) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (!isEscapeAt(raw, i)) {
                    throw new UpstreamPathRefused("a malformed percent-escape in the " + where);
                }
                out.append(raw, i, i + 3);
                i += 3;
                continue;
            }
            int codePoint = raw.codePointAt(i);
            int width = Character.charCount(codePoint);
            if (Character.isISOControl(codePoint)) {
                throw new UpstreamPathRefused("a control character in the " + where);
            }
            if (Character.isSurrogate((char) codePoint)) {
                throw new UpstreamPathRefused("an unpaired surrogate in the " + where);
            }
            if (codePoint < 0x80 && place.allowsRaw(c)) {
                out.append(c);
            } else {
                for (byte b : raw.substring(i, i + width).getBytes(StandardCharsets.UTF_8)) {
                    appendEscape(out, b);
                }
            }
            i += width;
        }
        return out.toString();
    }

    private static void appendEscape(StringBuilder out, byte b) {
        out.append('%').append(HEX[(b >> 4) & 0x0F]).append(HEX[b & 0x0F]);
    }
}
