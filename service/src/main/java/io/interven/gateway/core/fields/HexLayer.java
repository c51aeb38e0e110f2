package io.interven.gateway.core.fields;

import java.util.Map;

/**
 * Hex digits spelling a text (UTF-8, or UTF-16 where its bytes showed it), with a {@code 0x} in front or not. Its
 * single child is the text; rebuilt in the same letter case, behind the same prefix.
 */
public record HexLayer(boolean upperCase, String prefix, TextBytes form) implements Layer {
    public static final String SUFFIX = "|hex";

    @Override
    public String rebuild(TextSlot slot, Map<String, String> replaced) {
        String decoded = replaced.get(slot.children().get(0).path());
        if (decoded == null) {
            return slot.text();
        }
        String digits = upperCase ? "0123456789ABCDEF" : "0123456789abcdef";
        byte[] bytes = form.bytesOf(decoded);
        StringBuilder out = new StringBuilder(prefix.length() + bytes.length * 2).append(prefix);
        for (byte b : bytes) {
            out.append(digits.charAt((b >> 4) & 0xf)).append(digits.charAt(b & 0xf));
        }
        return out.toString();
    }
}
