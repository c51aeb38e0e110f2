package io.interven.gateway.core.fields;

import java.util.Map;

/**
 * A base85 text (Ascii85, Adobe's delimited Ascii85 or RFC 1924's alphabet) of text (UTF-8, or UTF-16 where its
 * bytes showed it). Its single child is the text; rebuilt in the same encoding.
 */
public record Base85Layer(Base85 variant, TextBytes form) implements Layer {
    public static final String SUFFIX = "|base85";

    @Override
    public String rebuild(TextSlot slot, Map<String, String> replaced) {
        String decoded = replaced.get(slot.children().get(0).path());
        return decoded == null ? slot.text() : variant.encode(form.bytesOf(decoded));
    }
}
