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
