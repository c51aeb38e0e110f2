package io.interven.gateway.core.fields;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/** An {@code Authorization: Basic <base64 of user:password>} value. Its single child is {@code user:password}. */
public record BasicAuthLayer(String scheme) implements Layer {
    public static final String SUFFIX = "|basic";

    @Override
    public String rebuild(TextSlot slot, Map<String, String> replaced) {
        String decoded = replaced.get(slot.children().get(0).path());
        return decoded == null ? slot.text()
                : scheme + " " + Base64.getEncoder().encodeToString(decoded.getBytes(StandardCharsets.UTF_8));
    }
}
