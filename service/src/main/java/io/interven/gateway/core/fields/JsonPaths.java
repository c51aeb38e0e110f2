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

    /** The array holding the element at {@code path} ({@code $.parts} for {@code $.parts[2]}), or null for no element. */
    public static String arrayOf(String path) {
        int open = indexStart(path, path.length());
        return open <= 0 ? null : path.substring(0, open);
    }

    /** {@code path} without its trailing array indexes ({@code $.rows} for {@code $.rows[3][1]}). */
    public static String withoutIndexes(String path) {
        int end = path.length();
        for (int open = indexStart(path, end); open >= 0; open = indexStart(path, end)) {
            end = open;
        }
        return path.substring(0, end);
    }

    /** Where the index {@code [digits]} that ends at {@code end} opens, or -1 when none ends there. */
    private static int indexStart(String path, int end) {
        if (end < 2 || path.charAt(end - 1) != ']') {
            return -1;
        }
        int i = end - 2;
        while (i >= 0 && path.charAt(i) >= '0' && path.charAt(i) <= '9') {
            i--;
        }
        return i >= 0 && i < end - 2 && path.charAt(i) == '[' ? i : -1;
    }
}
