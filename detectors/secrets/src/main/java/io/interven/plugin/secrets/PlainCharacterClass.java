package io.interven.plugin.secrets;

/**
 * A character class of a rule's expression read at load time, when it is plain: ASCII characters, escaped punctuation
 * and ranges ({@code [A-Za-z0-9_\-]}), no negation, nested class, intersection or escape such as {@code \d}. A class
 * read so answers membership with one array look-up instead of a matcher.
 *
 * @param members which ASCII characters belong to the class
 * @param end     the index just past the class's closing {@code ]} in the source it was read from (-1 for a class made
 *                of others)
 */
record PlainCharacterClass(boolean[] members, int end) {
    private static final int ASCII = 128;

    /** The plain class opening at {@code open} in {@code source}, or null when there is none or it is not plain. */
    static PlainCharacterClass read(String source, int open) {
        if (!source.startsWith("[", open) || source.startsWith("[^", open)) {
            return null;
        }
        boolean[] members = new boolean[ASCII];
        int i = open + 1;
        int previous = -1; // the last plain character read, which a '-' may extend into a range
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c == ']') {
                return i > open + 1 ? new PlainCharacterClass(members, i + 1) : null;
            }
            int member;
            if (c == '\\') {
                if (i + 1 >= source.length()) {
                    return null;
                }
                char escaped = source.charAt(i + 1);
                if (Character.isLetterOrDigit(escaped) || escaped >= ASCII) {
                    return null; // \d, \s, \p{...}, \0...: not read here
                }
                member = escaped;
                i += 2;
            } else if (c == '[' || c == '&' || c >= ASCII) {
                return null; // nested classes, intersections
            } else if (c == '-' && previous >= 0 && i + 1 < source.length() && source.charAt(i + 1) != ']') {
                char last = source.charAt(i + 1);
                if (last == '\\' || last == '[' || last >= ASCII || last < previous) {
                    return null;
                }
                for (int r = previous; r <= last; r++) {
                    members[r] = true;
                }
                previous = -1;
                i += 2;
                continue;
            } else {
                member = c;
                i++;
            }
            members[member] = true;
            previous = member;
        }
        return null;
    }

    /** The characters of both classes. */
    PlainCharacterClass intersection(PlainCharacterClass other) {
        boolean[] both = new boolean[ASCII];
        for (int c = 0; c < ASCII; c++) {
            both[c] = members[c] && other.members[c];
        }
        return new PlainCharacterClass(both, -1);
    }

    /** Whether {@code c} belongs to the class (no character outside ASCII does). */
    boolean contains(char c) {
        return c < ASCII && members[c];
    }
}
