package io.interven.plugin.secrets;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The literals every match of a rule's regular expression starts with, read off its source at load time
 * ({@link AnchoredPrefix#leadingLiterals}: {@code (?i:server|data source|host)...} starts with {@code server},
 * {@code data source} or {@code host}; {@code (?<!...)(?:--?|/)...} with {@code -} or {@code /}). A window is then
 * searched by trying the expression ({@code lookingAt}) only where one of them begins, case aside, instead of at
 * every position: the regex engine's attempt at a position (look-behinds, alternations of literals) costs far more
 * than a look at one character. Only heads that rule out most positions are used: each at least three characters
 * long, or none starting with a letter or digit.
 */
final class LiteralHeads {
    private static final int ASCII = 128;
    private static final int MIN_WORD_HEAD = 3;
    /** The heads (lower case) by the lower case of their first character. */
    private final String[][] byFirst = new String[ASCII][];
    private final String[] all;

    private LiteralHeads(List<String> heads) {
        List<List<String>> grouped = new ArrayList<>();
        for (int c = 0; c < ASCII; c++) {
            grouped.add(new ArrayList<>());
        }
        List<String> lower = new ArrayList<>();
        for (String head : heads) {
            String h = head.toLowerCase(Locale.ROOT);
            if (!lower.contains(h)) {
                lower.add(h);
                grouped.get(h.charAt(0)).add(h);
            }
        }
        for (int c = 0; c < ASCII; c++) {
            List<String> group = grouped.get(Character.toLowerCase((char) c));
            byFirst[c] = group.isEmpty() ? null : group.toArray(String[]::new);
        }
        this.all = lower.toArray(String[]::new);
    }

    /** The heads of {@code regex}, or null when they cannot be read off or would not rule out enough positions. */
    static LiteralHeads of(Pattern regex) {
        if ((regex.flags() & (Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.LITERAL | Pattern.COMMENTS
                | Pattern.CANON_EQ | Pattern.MULTILINE)) != 0) {
            return null;
        }
        String source = regex.pattern();
        for (int i = 0; i < source.length(); i++) {
            if (source.charAt(i) > 0x7e) {
                return null;
            }
        }
        List<String> heads;
        try {
            heads = AnchoredPrefix.leadingLiterals(source);
        } catch (RuntimeException e) {
            return null;
        }
        if (heads == null || heads.isEmpty()) {
            return null;
        }
        boolean words = false;
        boolean shortHead = false;
        for (String head : heads) {
            if (Character.isLetterOrDigit(head.charAt(0))) {
                words = true;
            }
            if (head.length() < MIN_WORD_HEAD) {
                shortHead = true;
            }
        }
        if (words && shortHead) {
            return null;
        }
        return new LiteralHeads(heads);
    }

    /** The first position in {@code [from, to)} where a head begins (ASCII case ignored and more), or -1. */
    int next(String text, int from, int to) {
        for (int p = from; p < to; p++) {
            char c = text.charAt(p);
            String[] candidates = c < ASCII ? byFirst[c] : all; // a non-ASCII character may fold to a head's
            if (candidates == null) {
                continue;
            }
            for (String head : candidates) {
                if (text.regionMatches(true, p, head, 0, head.length())) {
                    return p;
                }
            }
        }
        return -1;
    }
}
