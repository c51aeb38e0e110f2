package io.interven.gateway.core.fields;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** A percent-encoded text. Its single child is the decoded text. */
public record UrlEncodedLayer() implements Layer {
    public static final String SUFFIX = "|url";

    @Override
    public String suffix() {
        return SUFFIX;
    }

    @Override
    public boolean opaque() {
        return false;
    }

    @Override
    public String rebuild(TextSlot slot, Map<String, String> replaced) {
        String decoded = replaced.get(slot.children().get(0).path());
        return decoded == null ? slot.text() : URLEncoder.encode(decoded, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
