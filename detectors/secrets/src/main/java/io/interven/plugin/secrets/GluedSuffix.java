package io.interven.plugin.secrets;

import java.util.regex.Pattern;

/**
 * Finds a rule's token when a few characters are glued after it ({@code AKIA...WPNJx}, {@code hf_...CcRand}). A
 * provider rule's expression ends with a negative look-ahead ({@code (?![A-Za-z0-9])}) so that a token of fixed
 * length is not read out of a longer run, and that same look-ahead let anyone hide the token by gluing one character
 * to it. Where the whole expression fails, the token alone (the expression without its look-ahead) is tried, and its
 * match is kept when the token starts its run (no letter, digit, {@code _} or {@code -} of the look-ahead's class
 * before it), 1 to {@value #MAX_GLUED} characters of the look-ahead's class follow it to the run's end, and it holds
 * two of lower case, upper case and digits. The finding covers the token, as for a prefix glued in front
 * ({@code xAKIA...}, which the expressions allow).
 *
 * <p>The bounds keep a token's prefix inside other data from being read as a token: a run glued on both sides is a
 * token's prefix inside a longer string ({@code EAAA} inside base64), a run that goes on for longer is another kind
 * of token ({@code EAAA} and 124 more characters is a Meta access token, not a Square one), and a run of one case is
 * a word ({@code ASIAPACIFICREGIONALHEADQUARTERS}). Only a rule whose match is its token has a glued form: its
 * expression opens with the token's group (group 1, the secret, with no context before it, a negative look-behind at
 * most: {@code (?<![A-Za-z0-9])(SK[0-9a-f]{32})}, which the token alone keeps) and ends with a look-ahead of one
 * plain character class.
 */
final class GluedSuffix {
    static final int MAX_GLUED = 16;
    private static final String LOOK_AHEAD = "(?!";
    private static final String LOOK_BEHIND = "(?<!";
    private static final PlainCharacterClass WORD = PlainCharacterClass.read("[A-Za-z0-9_\\-]", 0);

    private final Pattern token;
    /** The look-ahead's characters: those that go on a token's run. */
    private final PlainCharacterClass run;
    /** Those of them that are word characters ({@code [A-Za-z0-9_\-]}): one before the token glues it in front. */
    private final PlainCharacterClass runStart;

    private GluedSuffix(Pattern token, PlainCharacterClass run) {
        this.token = token;
        this.run = run;
        this.runStart = run.intersection(WORD);
    }

    /** The glued form of a rule, or null when the rule's expression does not have the shape described above. */
    static GluedSuffix of(Pattern regex, int secretGroup) {
        String source = regex.pattern();
        if (secretGroup != 1 || (regex.flags() & (Pattern.LITERAL | Pattern.COMMENTS | Pattern.CANON_EQ)) != 0) {
            return null;
        }
        int open = source.startsWith(LOOK_BEHIND) ? closingParenthesis(source, 0) + 1 : 0;
        if (open <= 0 && source.startsWith(LOOK_BEHIND) || !source.startsWith("(", open)
                || source.startsWith("(?", open)) {
            return null;
        }
        int close = closingParenthesis(source, open);
        if (close < 0 || !source.startsWith(LOOK_AHEAD, close + 1)) {
            return null;
        }
        PlainCharacterClass run = PlainCharacterClass.read(source, close + 1 + LOOK_AHEAD.length());
        if (run == null || run.end() != source.length() - 1 || !source.endsWith(")")) {
            return null;
        }
        return new GluedSuffix(Pattern.compile(source.substring(0, close + 1), regex.flags()), run);
    }

    /** The rule's token alone: its expression without the trailing look-ahead. */
    Pattern token() {
        return token;
    }

    /** Whether a character of the run stands at {@code end}: the expression's look-ahead fails there. */
    boolean continuesRun(String text, int end) {
        return end < text.length() && run.contains(text.charAt(end));
    }

    /**
     * Whether a match of the token alone over {@code [start, end)}, where the whole expression failed, is kept: the
     * token starts its run, 1 to {@value #MAX_GLUED} characters of the run follow it, and it mixes kinds of
     * characters.
     */
    boolean keeps(String text, int start, int end) {
        return startsRun(text, start) && isGlued(text, end) && mixesKinds(text, start, end);
    }

    /**
     * Whether the token holds two of lower case, upper case and digits: a run of one case glued on is a word
     * ({@code ASIAPACIFICREGIONALHEADQUARTERS}), not a key with something glued to it.
     */
    private static boolean mixesKinds(String text, int start, int end) {
        int kinds = 0;
        for (int i = start; i < end && Integer.bitCount(kinds) < 2; i++) {
            char c = text.charAt(i);
            kinds |= c >= 'a' && c <= 'z' ? 1 : c >= 'A' && c <= 'Z' ? 2 : c >= '0' && c <= '9' ? 4 : 0;
        }
        return Integer.bitCount(kinds) >= 2;
    }

    /** Whether the character before {@code at}, if any, leaves the token at the start of its run. */
    private boolean startsRun(String text, int at) {
        return at == 0 || !runStart.contains(text.charAt(at - 1));
    }

    /** Whether 1 to {@value #MAX_GLUED} characters of the run follow {@code end}, to the run's end. */
    private boolean isGlued(String text, int end) {
        int glued = 0;
        for (int i = end; i < text.length() && run.contains(text.charAt(i)); i++) {
            if (++glued > MAX_GLUED) {
                return false;
            }
        }
        return glued > 0;
    }

    /** The index of the parenthesis closing the group opened at {@code open}, or -1 when it cannot be read. */
    private static int closingParenthesis(String source, int open) {
        int depth = 0;
        boolean inClass = false;
        for (int i = open; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
