package io.interven.gateway.core;

import io.interven.gateway.core.fields.JsonPaths;
import io.interven.gateway.core.fields.JsonTextWalker;
/**
 * Which fields of a call sit side by side: the values (and keys) of one JSON object, including the elements of
 * the arrays it holds; the pairs of one query string or form; the headers of the call. Two fields are siblings
 * when their containers' paths are equal.
 */
final class FieldNeighbourhood {
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
        p = withoutIndexes(p);
        if (key != null) {
            try {
                return JsonPaths.parentOf(p, key);
            } catch (IllegalArgumentException notFiledUnderKey) {
                // a layer of the value (|base64, |url, ...): fall back to the last separator
            }
        }
        int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('|'));
        return cut > 0 ? p.substring(0, cut) : p;
    }

    /** {@code path} without trailing array indexes ({@code [3]}). */
    private static String withoutIndexes(String path) {
        int end = path.length();
        while (end > 0 && path.charAt(end - 1) == ']') {
            int i = end - 2;
            while (i >= 0 && Character.isDigit(path.charAt(i))) {
                i--;
            }
            if (i < 0 || i == end - 2 || path.charAt(i) != '[') {
                break;
            }
            end = i;
        }
        return path.substring(0, end);
    }
}
