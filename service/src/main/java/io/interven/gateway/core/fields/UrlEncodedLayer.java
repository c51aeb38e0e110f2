package io.interven.gateway.core.fields;

import java.util.Map;

/** A percent-encoded text. Its single child is the decoded text (malformed escapes kept as written). */
public record UrlEncodedLayer() implements Layer {
    public static final String SUFFIX = "|url";

    @Override
    public String rebuild(TextSlot slot, Map<String, String> replaced) {
        String decoded = replaced.get(slot.children().get(0).path());
        return decoded == null ? slot.text() : PercentCoding.encode(decoded);
    }
}
