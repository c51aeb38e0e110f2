package io.interven.gateway.core.fields;

/** JSONPath-style names for places in a body: {@code $}, {@code $.user.email}, {@code $.items[2]}, {@code $['a b']}. */
public final class JsonPaths {
    public static final String ROOT = "$";

    private JsonPaths() {
    }

    public static String child(String parent, String key) {
        if (isPlainKey(key)) {
            return parent + "." + key;
        }
        return parent + "['" + key.replace("\\", "\\\\").replace("'", "\\'") + "']";
    }

    /** The parent of {@code childPath}, which must be {@link #child}{@code (parent, key)}. */
    public static String parentOf(String childPath, String key) {
        String plain = "." + key;
        if (childPath.endsWith(plain) && isPlainKey(key)) {
            return childPath.substring(0, childPath.length() - plain.length());
        }
        String quoted = "['" + key.replace("\\", "\\\\").replace("'", "\\'") + "']";
        if (childPath.endsWith(quoted)) {
            return childPath.substring(0, childPath.length() - quoted.length());
        }
        throw new IllegalArgumentException("path does not end with its key");
    }

    /** {@code [A-Za-z_][A-Za-z0-9_-]*}, checked without a regex: this runs for every key of every body. */
    static boolean isPlainKey(String key) {
        if (key.isEmpty()) {
            return false;
        }
        char first = key.charAt(0);
        if (!(first == '_' || (first >= 'a' && first <= 'z') || (first >= 'A' && first <= 'Z'))) {
            return false;
        }
        for (int i = 1; i < key.length(); i++) {
            char c = key.charAt(i);
            boolean ok = c == '_' || c == '-' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9');
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    public static String element(String parent, int index) {
        return parent + "[" + index + "]";
    }
}
