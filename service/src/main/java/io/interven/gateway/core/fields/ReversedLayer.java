package io.interven.gateway.core.fields;

import java.util.Map;

/**
 * An encoding written backwards: padded base64 reversed starts with its padding ({@code ==gN0cTd…}), which no base64
 * does; hex and unpadded base64 reversed decode to text only when read back. Its single child is the text reversed,
 * decoded further; a changed child is written back reversed again.
 */
public record ReversedLayer() implements Layer {
    public static final String SUFFIX = "|reversed";

    @Override
    public String rebuild(TextSlot slot, Map<String, String> replaced) {
        String decoded = replaced.get(slot.children().get(0).path());
        return decoded == null ? slot.text() : new StringBuilder(decoded).reverse().toString();
    }
}
