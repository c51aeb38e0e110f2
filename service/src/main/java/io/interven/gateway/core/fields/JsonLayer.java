package io.interven.gateway.core.fields;

import com.fasterxml.jackson.databind.JsonNode;
import io.interven.gateway.core.JsonTextWalker;
import java.util.Map;
import java.util.Optional;

/** A string holding a JSON object or array. Rebuilt as compact JSON. */
public record JsonLayer(JsonNode tree) implements Layer {
    public static final String SUFFIX = "|json";

    @Override
    public String suffix() {
        return SUFFIX;
    }

    @Override
    public boolean opaque() {
        return false;
    }

    @Override
    public String rebuild(TextSlot slot, Map<String, String> replaced) {
        JsonNode copy = tree.deepCopy();
        JsonNode rebuilt = JsonTextWalker.walk(copy, slot.path() + SUFFIX, new JsonTextWalker.Visitor() {
            @Override
            public Optional<String> visit(String path, String key, String text) {
                return Optional.ofNullable(replaced.get(path));
            }

            @Override
            public Optional<String> visitKey(String keyPath, String key) {
                return Optional.ofNullable(replaced.get(keyPath));
            }
        });
        return rebuilt.toString();
    }
}
