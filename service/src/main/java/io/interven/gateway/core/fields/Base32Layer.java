package io.interven.gateway.core.fields;

import java.util.Map;

/**
 * A base32 run of text (UTF-8, or UTF-16 where its bytes showed it). Its single child is the text; rebuilt in the
 * same letter case, padded as it was.
 */
public record Base32Layer(boolean upperCase, boolean padded, TextBytes form) implements Layer {
    public static final String SUFFIX = "|base32";

    @Override
    public String rebuild(TextSlot slot, Map<String, String> replaced) {
        String decoded = replaced.get(slot.children().get(0).path());
        return decoded == null ? slot.text() : Base32.encode(form.bytesOf(decoded), padded, upperCase);
    }
}
