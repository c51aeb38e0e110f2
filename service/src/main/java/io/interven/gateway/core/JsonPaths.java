package io.interven.gateway.core;

import java.util.regex.Pattern;

/** JSONPath-style names for places in a body: {@code $}, {@code $.user.email}, {@code $.items[2]}, {@code $['a b']}. */
public final class JsonPaths {
    public static final String ROOT = "$";
    private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

    private JsonPaths() {
    }

    public static String child(String parent, String key) {
        if (PLAIN_KEY.matcher(key).matches()) {
            return parent + "." + key;
        }
        return parent + "['" + key.replace("\\", "\\\\").replace("'", "\\'") + "']";
    }

    public static String element(String parent, int index) {
        return parent + "[" + index + "]";
    }
}
