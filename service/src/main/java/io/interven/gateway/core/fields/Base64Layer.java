package io.interven.gateway.core.fields;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/**
 * A base64 (or base64url) blob of text (UTF-8, or UTF-16 where its bytes showed it: {@code form}), possibly wrapped in
 * lines (MIME, PEM: 64 or 76 columns) and possibly gzip, zlib or raw deflate compressed. Its child is the decoded text
 * (a compressed blob whose bytes are text too has two: the inflated text, then the bytes as text); rebuilt in the same
 * variant, wrapping and compression.
 *
 * @param lineLength    characters per line, or 0 when the blob is one line
 * @param lineSeparator {@code \n} or {@code \r\n} between lines
 */
public record Base64Layer(boolean urlSafe, boolean padded, int lineLength, String lineSeparator,
                          Compression compression, TextBytes form) implements Layer {
    public static final String SUFFIX = "|base64";

    /**
     * The blob with its decoded text changed. A compressed blob whose bytes are text too has that text as a second
     * child: changed alone, it is written back as it is read, uncompressed; when the inflated text changed, the blob
     * is compressed anew from it, and the old bytes, the other reading with them, are gone.
     */
    @Override
    public String rebuild(TextSlot slot, Map<String, String> replaced) {
        String decoded = replaced.get(slot.children().get(0).path());
        if (decoded != null) {
            return encode(form.bytesOf(decoded), compression);
        }
        String plain = slot.children().size() > 1 ? replaced.get(slot.children().get(1).path()) : null;
        return plain == null ? slot.text() : encode(plain.getBytes(StandardCharsets.UTF_8), Compression.NONE);
    }

    private String encode(byte[] text, Compression written) {
        Base64.Encoder encoder = urlSafe ? Base64.getUrlEncoder() : Base64.getEncoder();
        if (!padded) {
            encoder = encoder.withoutPadding();
        }
        String flat = encoder.encodeToString(written.deflate(text));
        if (lineLength <= 0) {
            return flat;
        }
        StringBuilder out = new StringBuilder(flat.length() + flat.length() / lineLength * 2);
        for (int i = 0; i < flat.length(); i += lineLength) {
            if (i > 0) {
                out.append(lineSeparator);
            }
            out.append(flat, i, Math.min(flat.length(), i + lineLength));
        }
        return out.toString();
    }
}
