package io.interven.gateway.core.fields;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/** A base64 (or base64url) blob of UTF-8 text. Its single child is the decoded text; rebuilt in the same variant. */
public record Base64Layer(boolean urlSafe, boolean padded) implements Layer {
    public static final String SUFFIX = "|base64";

    @Override
    public String suffix() {
        return SUFFIX;
    }

    @Override
    public boolean opaque() {
        return true;
    }

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
        return encoder.encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
