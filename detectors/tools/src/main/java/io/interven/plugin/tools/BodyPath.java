package io.interven.plugin.tools;

/**
 * Field paths as the gateway's detectors name the places of a body ({@code $}, {@code $.a.b}, {@code $.a[0]},
 * {@code $['a b']}, a form value {@code $|form.To}), so that a principal's path is the path of its finding.
 */
final class BodyPath {
    static final String ROOT = "$";
    static final String FORM = "$|form";

    private BodyPath() {
    }

    static String child(String parent, String key) {
        if (isPlainKey(key)) {
            return parent + "." + key;
        }
        return parent + "['" + key.replace("\\", "\\\\").replace("'", "\\'") + "']";
    }

    static String element(String parent, int index) {
        return parent + "[" + index + "]";
    }

    /** A value of a form body; the second value of a repeated name is {@code name[1]}, and so on. */
    static String formValue(String name, int occurrence) {
        return child(FORM, name) + (occurrence > 0 ? "[" + occurrence + "]" : "");
    }

    private static boolean isPlainKey(String key) {
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
}
