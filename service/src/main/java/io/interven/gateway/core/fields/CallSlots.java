package io.interven.gateway.core.fields;

import com.fasterxml.jackson.databind.JsonNode;
import io.interven.spi.FieldLocation;
import io.interven.spi.ScanField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Every text slot of a call: the URL without its query ({@code url}, with each path segment that decodes to
 * something else as {@code url.path[<i>]}), the query ({@code query}, whose values are {@code query.<name>} and
 * names {@code query.<name>|name}), the fragment ({@code fragment}, read as the query is: an OAuth implicit grant
 * hands its {@code access_token} there, and a browsing agent's page reads it), each header value
 * ({@code headers.<Name>}) and name ({@code headers.<Name>|name}), and each string, number and key of the body, each with its decoded layers. The
 * same slots serve detection (their fields) and sanitizing (their rebuilding).
 */
public final class CallSlots {
    public static final String URL_PATH = "url";
    public static final String QUERY_PATH = "query";
    public static final String FRAGMENT_PATH = "fragment";
    public static final String HEADER_PATH_PREFIX = "headers.";

    private final TextSlot url;
    private final TextSlot query;
    private final TextSlot fragment;
    private final Map<String, TextSlot> headers;
    private final Map<String, TextSlot> headerNames;
    private final List<TextSlot> body;
    private final boolean fullyDecoded;
    private Map<String, TextSlot> bodyByPath;

    private CallSlots(TextSlot url, TextSlot query, TextSlot fragment, Map<String, TextSlot> headers,
                      Map<String, TextSlot> headerNames, List<TextSlot> body, boolean fullyDecoded) {
        this.url = url;
        this.query = query;
        this.fragment = fragment;
        this.headers = headers;
        this.headerNames = headerNames;
        this.body = body;
        this.fullyDecoded = fullyDecoded;
    }

    /** The slots of a call: its absolute URL, its headers and its body as JSON (or null). */
    public static CallSlots of(String callUrl, Map<String, String> callHeaders, JsonNode callBody) {
        DecodeBudget budget = DecodeBudget.standard();
        int hash = callUrl.indexOf('#');
        String target = hash < 0 ? callUrl : callUrl.substring(0, hash);
        int q = target.indexOf('?');
        TextSlot url = UrlPathSegments.slot(q < 0 ? target : target.substring(0, q), budget);
        TextSlot query = q < 0 || q == target.length() - 1 ? null
                : pairsOrText(QUERY_PATH, FieldLocation.QUERY, target.substring(q + 1), budget);
        TextSlot fragment = hash < 0 || hash == callUrl.length() - 1 ? null
                : pairsOrText(FRAGMENT_PATH, FieldLocation.URL, callUrl.substring(hash + 1), budget);

        Map<String, TextSlot> headers = new LinkedHashMap<>();
        Map<String, TextSlot> headerNames = new LinkedHashMap<>();
        callHeaders.forEach((name, value) -> {
            headerNames.put(name, HeaderNameSlot.of(HEADER_PATH_PREFIX + name + LayerDecoder.NAME_SUFFIX, name,
                    budget));
            headers.put(name, LayerDecoder.decode(HEADER_PATH_PREFIX + name, FieldLocation.HEADER, name, value, false,
                    0, budget));
        });

        List<TextSlot> body = bodySlots(callBody, isFormBody(callHeaders), budget);
        return new CallSlots(url, query, fragment, headers, headerNames, body, !budget.wasExceeded());
    }

    /** The top-level slots of a body alone (a request body, or an upstream response body), in order. */
    public static List<TextSlot> bodySlots(JsonNode tree, boolean formBody, DecodeBudget budget) {
        if (tree != null && (tree.isObject() || tree.isArray())) {
            return LayerDecoder.slotsOfJson(tree, JsonPaths.ROOT, FieldLocation.BODY, 0, budget);
        }
        if (tree != null && tree.isTextual() && !tree.asText().isEmpty()) {
            return List.of(LayerDecoder.decode(JsonPaths.ROOT, FieldLocation.BODY, null, tree.asText(), formBody, 0,
                    budget));
        }
        return List.of();
    }

    /** The scanned fields of slots, at every depth. */
    public static List<ScanField> fieldsOf(Iterable<TextSlot> slots) {
        List<ScanField> fields = new ArrayList<>();
        for (TextSlot top : slots) {
            top.forEachSlot(slot -> {
                if (slot.scanned()) {
                    fields.add(slot.field());
                }
            });
        }
        return fields;
    }

    /**
     * A query or fragment: its name-value pairs when it has any, else one text with its layers decoded (a value
     * percent-encoded, base64, ... with no name before it).
     */
    private static TextSlot pairsOrText(String path, FieldLocation location, String raw, DecodeBudget budget) {
        Optional<TextSlot> pairs = raw.indexOf('=') < 0 ? Optional.empty()
                : LayerDecoder.pairs(path, location, null, raw, path, 0, budget);
        return pairs.orElseGet(() -> LayerDecoder.decode(path, location, null, raw, false, 0, budget));
    }

    private static boolean isFormBody(Map<String, String> headers) {
        return headers.entrySet().stream().anyMatch(h -> h.getKey().equalsIgnoreCase("Content-Type")
                && h.getValue().toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded"));
    }

    /** The fields detectors scan: every slot marked scanned, at every depth. */
    public List<ScanField> fields() {
        List<ScanField> fields = new ArrayList<>();
        forEachSlot(slot -> {
            if (slot.scanned()) {
                fields.add(slot.field());
            }
        });
        return fields;
    }

    public void forEachSlot(java.util.function.Consumer<TextSlot> visitor) {
        url.forEachSlot(visitor);
        if (query != null) {
            query.forEachSlot(visitor);
        }
        if (fragment != null) {
            fragment.forEachSlot(visitor);
        }
        headerNames.values().forEach(slot -> slot.forEachSlot(visitor));
        headers.values().forEach(slot -> slot.forEachSlot(visitor));
        body.forEach(slot -> slot.forEachSlot(visitor));
    }

    public TextSlot url() {
        return url;
    }

    public Optional<TextSlot> query() {
        return Optional.ofNullable(query);
    }

    /**
     * Whether every layer found was decoded: false when the call's {@link DecodeBudget} left some encoded text
     * unread (too much decoded, or layers nested deeper than it reads). Such a call was not wholly scanned.
     */
    public boolean fullyDecoded() {
        return fullyDecoded;
    }

    /** What follows the URL's first {@code #}, when anything does. */
    public Optional<TextSlot> fragment() {
        return Optional.ofNullable(fragment);
    }

    public Map<String, TextSlot> headers() {
        return headers;
    }

    /**
     * The slots outside the body and the URL's path where a value is written, in the order they are sent: the query,
     * the fragment, each header's value.
     */
    public List<TextSlot> outsideBody() {
        List<TextSlot> slots = new ArrayList<>(2 + headers.size());
        if (query != null) {
            slots.add(query);
        }
        if (fragment != null) {
            slots.add(fragment);
        }
        slots.addAll(headers.values());
        return slots;
    }

    /** The body's top-level slots, in order: each value and key of the body JSON, or the body text. */
    public List<TextSlot> body() {
        return body;
    }

    /** The slot of each header's name, by the name as sent. */
    public Map<String, TextSlot> headerNames() {
        return headerNames;
    }

    /** The top-level body slot at a path of the body JSON (or {@code $} for a string body). */
    public Optional<TextSlot> bodySlot(String path) {
        if (bodyByPath == null) {
            bodyByPath = new java.util.HashMap<>();
            body.forEach(slot -> bodyByPath.put(slot.path(), slot));
        }
        return Optional.ofNullable(bodyByPath.get(path));
    }
}
