package io.interven.gateway.core.fields;

import java.util.Map;

/**
 * Text with string-literal escapes ({@link BackslashEscapes}: <code>&#92;u0067</code>, <code>&#92;x67</code>, ...).
 * Its single child is the decoded text. A changed text is written back decoded, with control characters escaped
 * ({@link BackslashEscapes#encode}); characters that were escaped are written as themselves, which reads the same
 * to whatever decodes the literal.
 */
public record BackslashEscapeLayer() implements Layer {
    public static final String SUFFIX = "|esc";

    @Override
    public String rebuild(TextSlot slot, Map<String, String> replaced) {
        String decoded = replaced.get(slot.children().get(0).path());
        return decoded == null ? slot.text() : BackslashEscapes.encode(decoded);
    }
}
