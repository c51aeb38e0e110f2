package io.interven.gateway.core.fields;

import java.util.Map;

/**
 * A run of Unicode tag characters ({@link UnicodeTags}). Its single child is the ASCII it spells; a changed child is
 * written back as tag characters again.
 */
public record UnicodeTagLayer() implements Layer {
    public static final String SUFFIX = "|tags";

    @Override
    public String rebuild(TextSlot slot, Map<String, String> replaced) {
        String decoded = replaced.get(slot.children().get(0).path());
        return decoded == null ? slot.text() : UnicodeTags.encode(decoded);
    }
}
