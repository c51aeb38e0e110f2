package io.interven.gateway.core.fields;

import java.util.Map;

/**
 * A run of invisible characters that carry text ({@link InvisibleCarriers}). Its single child is the text it
 * spells; a changed child is written back with the same carrier.
 */
public record InvisibleCarrierLayer(InvisibleCarriers carrier) implements Layer {

    @Override
    public String rebuild(TextSlot slot, Map<String, String> replaced) {
        String decoded = replaced.get(slot.children().get(0).path());
        return decoded == null ? slot.text() : carrier.write(decoded);
    }
}
