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
    private final PlainCharacterClass forbiddenBefore;

    private LeadingGuard(PlainCharacterClass forbiddenBefore) {
        this.forbiddenBefore = forbiddenBefore;
    }

    /** The guard of {@code regex}, or null when it does not open with such a look-behind. */
    static LeadingGuard of(Pattern regex) {
        if ((regex.flags() & (Pattern.LITERAL | Pattern.COMMENTS | Pattern.CANON_EQ)) != 0) {
            return null;
        }
        String source = regex.pattern();
        if (!source.startsWith("(?<![")) {
            return null;
        }
        PlainCharacterClass forbidden = PlainCharacterClass.read(source, "(?<!".length());
        return forbidden == null || !source.startsWith(")", forbidden.end()) ? null : new LeadingGuard(forbidden);
    }

    /** Whether a start right after {@code before} is ruled out. */
    boolean forbids(char before) {
        return forbiddenBefore.contains(before);
    }

    /** Whether the expression cannot match starting at {@code at}: the character before it is one it forbids. */
    boolean rulesOut(String text, int at) {
        if (at <= 0) {
            return false;
        }
        return forbiddenBefore.contains(text.charAt(at - 1));
    }
}
