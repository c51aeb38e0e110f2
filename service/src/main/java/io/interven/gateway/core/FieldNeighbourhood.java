package io.interven.gateway.core;

import io.interven.gateway.core.fields.JsonPaths;
import io.interven.gateway.core.fields.JsonTextWalker;
import io.interven.gateway.core.fields.NameValuePair;

/**
 * Which fields of a call sit side by side: the values (and keys) of one JSON object, including the elements of
 * the arrays it holds; the pairs of one query string or form; the headers of the call; the values of a list of
 * name/value pairs ({@link NameValuePair}) and the other members of the object holding that list; the parts of
 * one multipart form. Two fields are siblings when their containers' paths are equal.
 */
final class FieldNeighbourhood {
    private static final String MULTIPART = "|multipart";
    private FieldNeighbourhood() {
    }

    /**
     * The path of the container of the field at {@code path} filed under {@code key}: {@code $.credentials} for
     * {@code $.credentials.secret}, for {@code $.credentials.ids[1]} and for the key {@code $.credentials.id|key};
     * {@code query} for {@code query.id}; {@code headers} for {@code headers.X-Key}. Never fails: a path it cannot
     * read is its own container.
     */
    static String containerOf(String path, String key) {
        String p = path.endsWith(JsonTextWalker.KEY_SUFFIX)
                ? path.substring(0, path.length() - JsonTextWalker.KEY_SUFFIX.length()) : path;
        p = JsonPaths.withoutIndexes(p);
        String form = multipartOf(p);
        if (form != null) {
            return form;
        }
        if (key != null) {
            try {
                return JsonPaths.parentOf(p, key);
            } catch (IllegalArgumentException notFiledUnderKey) {
                // a pair's value, or a layer of the value (|base64, |url, ...)
            }
            String pair = pairObjectOf(p);
            if (pair != null) {
                return containerOfPair(pair);
            }
        }
        int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('|'));
        return cut > 0 ? p.substring(0, cut) : p;
    }

    /**
     * The multipart text whose part is at {@code path} ({@code $|multipart} for {@code $|multipart[2].body} and
     * {@code $|multipart[2].headers}): the parts of one form are siblings, as the pairs of a urlencoded form are.
     * Null for any other path.
     */
    private static String multipartOf(String path) {
        String part = path.endsWith(".body") ? path.substring(0, path.length() - 5)
                : path.endsWith(".headers") ? path.substring(0, path.length() - 8) : null;
        if (part == null || !part.endsWith("]")) {
            return null;
        }
        int open = part.lastIndexOf('[');
        String form = open > 0 ? part.substring(0, open) : "";
        for (int i = open + 1; i < part.length() - 1; i++) {
            if (!Character.isDigit(part.charAt(i))) {
                return null;
            }
        }
        return form.endsWith(MULTIPART) && open + 1 < part.length() - 1 ? form : null;
    }

    /**
     * The object of a name/value pair whose value member is at {@code path} ({@code $.env[2]} for
     * {@code $.env[2].value}), or null when the path does not end in a value member.
     */
    private static String pairObjectOf(String path) {
        int dot = path.lastIndexOf('.');
        if (dot <= 0 || path.indexOf('|', dot) >= 0 || path.indexOf('[', dot) >= 0
                || !NameValuePair.isValueMember(path.substring(dot + 1))) {
            return null;
        }
        return path.substring(0, dot);
    }

    /**
     * Where a pair object stands: a list of pairs ({@code $.env[0]}, {@code $.env[1]}, ...) is one set of named
     * values, so its container is the object holding the list ({@code $}), as for the elements of any array.
     */
    private static String containerOfPair(String pairObject) {
        String p = JsonPaths.withoutIndexes(pairObject);
        if (p.length() < pairObject.length()) {
            int dot = p.lastIndexOf('.');
            return dot > 0 && dot > p.lastIndexOf('|') ? p.substring(0, dot) : p;
        }
        return pairObject;
    }
}
