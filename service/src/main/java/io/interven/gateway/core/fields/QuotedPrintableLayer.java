package io.interven.gateway.core.fields;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A quoted-printable text (a MIME part with {@code Content-Transfer-Encoding: quoted-printable}). Its single child
 * is the decoded UTF-8 text; rebuilt as quoted-printable with soft line breaks, using the line separator of the
 * original.
 */
public record QuotedPrintableLayer(String lineSeparator) implements Layer {
    public static final String SUFFIX = "|qp";
    private static final int MAX_LINE = 75;

    @Override
    public String rebuild(TextSlot slot, Map<String, String> replaced) {
        String decoded = replaced.get(slot.children().get(0).path());
        return decoded == null ? slot.text() : encode(decoded);
    }

    /** Escapes in a row ({@code =E6=97=A5}) that make a text read as quoted-printable on their own. */
    static final int MIN_ESCAPE_RUN = 3;
    /** A line this long or longer before a soft line break is one an encoder cut (they cut at 76). */
    static final int MIN_CUT_LINE = 70;

    /**
     * Whether {@code text} reads as quoted-printable: {@link #MIN_ESCAPE_RUN} escapes of bytes in upper-case hex in a
     * row, as an encoder writes every non-ASCII character (or an attacker every character); or a soft line break
     * ({@code =} ending a line, not after another {@code =}: base64 padding ends lines too) in a text that names
     * {@code quoted-printable} (a MIME message) or after a line an encoder cut. Neither {@code batch=63 items=133}
     * in a log line nor {@code ==} closing a base64 line reads so.
     */
    static boolean looksEncoded(String text) {
        int run = 0;
        int runEnd = -1;
        Boolean declared = null;
        for (int at = text.indexOf('='); at >= 0 && at + 1 < text.length(); at = text.indexOf('=', at + 1)) {
            char next = text.charAt(at + 1);
            boolean softBreak = next == '\n' || next == '\r' && at + 2 < text.length() && text.charAt(at + 2) == '\n';
            if (softBreak && at > 0 && text.charAt(at - 1) != '=') {
                if (at - lineStart(text, at) >= MIN_CUT_LINE) {
                    return true;
                }
                declared = declared == null ? declaresQuotedPrintable(text) : declared;
                if (declared) {
                    return true;
                }
            }
            if (at + 2 < text.length() && isUpperHex(next) && isUpperHex(text.charAt(at + 2))) {
                run = at == runEnd ? run + 1 : 1;
                runEnd = at + 3;
                if (run >= MIN_ESCAPE_RUN) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int lineStart(String text, int at) {
        return text.lastIndexOf('\n', at - 1) + 1;
    }

    private static boolean declaresQuotedPrintable(String text) {
        return text.toLowerCase(java.util.Locale.ROOT).contains("quoted-printable");
    }

    private static boolean isUpperHex(char c) {
        return c >= '0' && c <= '9' || c >= 'A' && c <= 'F';
    }

    static String decode(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '=' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                i += 2;
            } else if (c == '=' && i + 2 < text.length() && text.charAt(i + 1) == '\r' && text.charAt(i + 2) == '\n') {
                i += 3;
            } else if (c == '=' && i + 2 < text.length() && PercentCoding.hex(text.charAt(i + 1)) >= 0
                    && PercentCoding.hex(text.charAt(i + 2)) >= 0) {
                bytes.write(PercentCoding.hex(text.charAt(i + 1)) * 16 + PercentCoding.hex(text.charAt(i + 2)));
                i += 3;
            } else {
                int codePoint = text.codePointAt(i);
                byte[] raw = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8);
                bytes.write(raw, 0, raw.length);
                i += Character.charCount(codePoint);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    String encode(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        int column = 0;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int v = b & 0xff;
            if (v == '\n') {
                out.append('\n');
                column = 0;
                continue;
            }
            String piece = v == '\r' ? "\r" : (v >= 33 && v <= 126 && v != '=') || v == ' ' || v == '\t'
                    ? String.valueOf((char) v) : String.format("=%02X", v);
            if (v != '\r' && column + piece.length() > MAX_LINE) {
                out.append('=').append(lineSeparator);
                column = 0;
            }
            out.append(piece);
            column += piece.length();
        }
        return out.toString();
    }
}
