package io.interven.gateway.core.fields;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Hex digits spelling UTF-8 text. Its single child is the text; rebuilt in the same letter case. */
public record HexLayer(boolean upperCase) implements Layer {
    public static final String SUFFIX = "|hex";

    @Override
    public String rebuild(TextSlot slot, Map<String, String> replaced) {
        String decoded = replaced.get(slot.children().get(0).path());
        if (decoded == null) {
            return slot.text();
        }
        String digits = upperCase ? "0123456789ABCDEF" : "0123456789abcdef";
        byte[] bytes = decoded.getBytes(StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(bytes.length * 2);
        for (byte b : bytes) {
            out.append(digits.charAt((b >> 4) & 0xf)).append(digits.charAt(b & 0xf));
        }
        return out.toString();
    }
}
