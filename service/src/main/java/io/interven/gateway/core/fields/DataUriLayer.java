package io.interven.gateway.core.fields;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/**
 * A {@code data:} URI of text, base64 or percent-encoded. Its single child is the decoded text; rebuilt with the
 * same header ({@code data:text/plain;base64,}) and encoding.
 *
 * @param header everything up to and including the comma
 */
public record DataUriLayer(String header, boolean base64) implements Layer {
    public static final String SUFFIX = "|data";

    @Override
    public String rebuild(TextSlot slot, Map<String, String> replaced) {
        String decoded = replaced.get(slot.children().get(0).path());
        if (decoded == null) {
            return slot.text();
        }
        return header + (base64 ? Base64.getEncoder().encodeToString(decoded.getBytes(StandardCharsets.UTF_8))
                : PercentCoding.encode(decoded));
    }
}
