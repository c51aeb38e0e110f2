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

    /** The parent of {@code childPath}, which must be {@link #child}{@code (parent, key)}. */
    public static String parentOf(String childPath, String key) {
        String plain = "." + key;
        if (childPath.endsWith(plain) && PLAIN_KEY.matcher(key).matches()) {
            return childPath.substring(0, childPath.length() - plain.length());
        }
        String quoted = "['" + key.replace("\\", "\\\\").replace("'", "\\'") + "']";
        if (childPath.endsWith(quoted)) {
            return childPath.substring(0, childPath.length() - quoted.length());
        }
        throw new IllegalArgumentException("path does not end with its key");
    }

    public static String element(String parent, int index) {
        return parent + "[" + index + "]";
    }
}
