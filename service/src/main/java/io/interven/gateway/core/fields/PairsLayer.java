package io.interven.gateway.core.fields;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * {@code name=value&name=value}: a form body or a URL query. Each value is a child slot (decoded); a pair whose
 * value did not change keeps its original encoding.
 *
 * @param pairs the pairs as written, with the path of each value's slot
 */
public record PairsLayer(String suffix, List<RawPair> pairs) implements Layer {

    /** One {@code name=value} as written, and the path of its decoded value. */
    public record RawPair(String rawName, String rawValue, boolean hasValue, String valuePath) {
    }

    public PairsLayer {
        pairs = List.copyOf(pairs);
    }

    @Override
    public boolean opaque() {
        return false;
    }

    @Override
    public String rebuild(TextSlot slot, Map<String, String> replaced) {
        StringBuilder out = new StringBuilder();
        for (RawPair pair : pairs) {
            if (out.length() > 0) {
                out.append('&');
            }
            out.append(pair.rawName());
            String changed = replaced.get(pair.valuePath());
            if (changed != null) {
                out.append('=').append(URLEncoder.encode(changed, StandardCharsets.UTF_8));
            } else if (pair.hasValue()) {
                out.append('=').append(pair.rawValue());
            }
        }
        return out.toString();
    }
}
