package io.interven.gateway.core.fields;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/**
 * A base64 (or base64url) blob of UTF-8 text, possibly wrapped in lines (MIME, PEM: 64 or 76 columns) and possibly
 * gzip or zlib compressed. Its single child is the decoded text; rebuilt in the same variant, wrapping and
 * compression.
 *
 * @param lineLength    characters per line, or 0 when the blob is one line
 * @param lineSeparator {@code \n} or {@code \r\n} between lines
 */
public record Base64Layer(boolean urlSafe, boolean padded, int lineLength, String lineSeparator,
                          Compression compression) implements Layer {
    public static final String SUFFIX = "|base64";

    @Override
    public String rebuild(TextSlot slot, Map<String, String> replaced) {
        String decoded = replaced.get(slot.children().get(0).path());
        return decoded == null ? slot.text() : encode(decoded);
    }

    String encode(String text) {
        Base64.Encoder encoder = urlSafe ? Base64.getUrlEncoder() : Base64.getEncoder();
        if (!padded) {
            encoder = encoder.withoutPadding();
        }
        String flat = encoder.encodeToString(compression.deflate(text.getBytes(StandardCharsets.UTF_8)));
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
