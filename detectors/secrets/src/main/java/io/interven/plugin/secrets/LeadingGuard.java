package io.interven.plugin.secrets;

import java.util.regex.Pattern;

/**
 * The negative look-behind a rule's regular expression opens with, when it is one character class of plain
 * characters and ranges ({@code (?<![A-Za-z0-9_\-])}): read once at load time, it rules out a start right after one
 * of those characters with one look at the character before, instead of a {@link java.util.regex.Matcher} made and
 * run there to say the same. A keyword hit inside a word ({@code ac} in a hex digest, for a rule that wants
 * {@code AC} standing alone) then costs nothing. Only ASCII characters of the class are kept; any other character
 * before a start is left to the expression.
 */
final class LeadingGuard {
    private static final int ASCII = 128;
    private final boolean[] forbiddenBefore;

    private LeadingGuard(boolean[] forbiddenBefore) {
        this.forbiddenBefore = forbiddenBefore;
    }

    /** The guard of {@code regex}, or null when it does not open with such a look-behind. */
    static LeadingGuard of(Pattern regex) {
        if ((regex.flags() & (Pattern.LITERAL | Pattern.COMMENTS | Pattern.CANON_EQ)) != 0) {
            return null;
        }
        String source = regex.pattern();
        if (!source.startsWith("(?<![") || source.startsWith("(?<![^")) {
            return null;
        }
        boolean[] forbidden = new boolean[ASCII];
        int i = "(?<![".length();
        int previous = -1; // the last plain character read, which a '-' may extend into a range
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c == ']') {
                return source.startsWith("])", i) ? new LeadingGuard(forbidden) : null;
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
                    forbidden[r] = true;
                }
                previous = -1;
                i += 2;
                continue;
            } else {
                member = c;
                i++;
            }
            forbidden[member] = true;
            previous = member;
        }
        return null;
    }

    /** Whether a start right after {@code before} is ruled out. */
    boolean forbids(char before) {
        return before < ASCII && forbiddenBefore[before];
    }

    /** Whether the expression cannot match starting at {@code at}: the character before it is one it forbids. */
    boolean rulesOut(String text, int at) {
        if (at <= 0) {
            return false;
        }
        char before = text.charAt(at - 1);
        return before < ASCII && forbiddenBefore[before];
    }
}
