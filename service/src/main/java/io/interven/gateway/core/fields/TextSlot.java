package io.interven.gateway.core.fields;

import io.interven.spi.FieldLocation;
import io.interven.spi.ScanField;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;

/**
 * One piece of text in a call, and, when it is an encoding of more text (JSON in a string, a form, base64, ...),
 * the decoded layer with the slots inside it. Detectors scan every slot whose {@code scanned} is true; the
 * sanitizer rebuilds a slot from its redacted children and re-encodes it.
 *
 * @param path     where it is: {@code url}, {@code url.path[2]} (a decoded path segment), {@code query.token},
 *                 {@code query.token|name}, {@code headers.Authorization}, {@code headers.X-Key|name},
 *                 {@code $.a.b}, {@code $.payload|json.token}, {@code $.blob|base64}, {@code $.user|key} (an object
 *                 key); see the service README for every layer suffix
 * @param scanned  false for transparent layers (JSON text, forms, query strings, URL encoding), whose decoded
 *                 children hold all of their content; opaque layers (base64, Basic auth) are scanned both ways
 * @param layer    the decoding of {@code text}, or null
 * @param children the slots of the decoded layer, in order; empty when there is no layer
 */
public record TextSlot(String path, FieldLocation location, String key, String text, boolean scanned, Layer layer,
                       List<TextSlot> children) {
    public TextSlot {
        children = List.copyOf(children);
    }

    public static TextSlot plain(String path, FieldLocation location, String key, String text) {
        return new TextSlot(path, location, key, text, true, null, List.of());
    }

    public ScanField field() {
        return new ScanField(path, location, key, text);
    }

    /** This slot and every slot below it, depth first, in order (with a stack of its own, not recursion). */
    public void forEachSlot(Consumer<TextSlot> visitor) {
        if (children.isEmpty()) { // most slots: a field of a body, no stack needed
            visitor.accept(this);
            return;
        }
        Deque<TextSlot> pending = new ArrayDeque<>();
        pending.push(this);
        while (!pending.isEmpty()) {
            TextSlot slot = pending.pop();
            visitor.accept(slot);
            for (int i = slot.children.size() - 1; i >= 0; i--) {
                pending.push(slot.children.get(i));
            }
        }
    }
}
