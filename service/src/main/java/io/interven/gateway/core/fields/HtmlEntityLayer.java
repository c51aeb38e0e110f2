package io.interven.gateway.core.fields;

import java.util.Map;

/**
 * Text with HTML character references. Its single child is the decoded text. A changed text is written back as
 * HTML text (the characters {@code & < > "} escaped); references that spelled ordinary characters are written as
 * those characters, which reads the same to any HTML consumer.
 */
public record HtmlEntityLayer() implements Layer {
    public static final String SUFFIX = "|html";

    @Override
    public String rebuild(TextSlot slot, Map<String, String> replaced) {
        String decoded = replaced.get(slot.children().get(0).path());
        return decoded == null ? slot.text() : HtmlEntities.encode(decoded);
    }
}
