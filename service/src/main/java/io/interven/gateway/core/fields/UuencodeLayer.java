package io.interven.gateway.core.fields;

import java.util.Map;

/**
 * A uuencoded block of text (UTF-8, or UTF-16 where its bytes showed it). Its single child is the text; rebuilt under
 * the same {@code begin} line, with zero written as it was (a space or a backtick), ending in {@code end}.
 */
public record UuencodeLayer(String header, boolean backtick, String lineBreak, TextBytes form) implements Layer {
    public static final String SUFFIX = "|uu";

    @Override
    public String rebuild(TextSlot slot, Map<String, String> replaced) {
        String decoded = replaced.get(slot.children().get(0).path());
        return decoded == null ? slot.text()
                : Uuencoding.encode(form.bytesOf(decoded), header, backtick, lineBreak);
    }
}
