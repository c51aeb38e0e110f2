package io.interven.plugin.secrets;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Decides, from the source of a rule's regular expression, whether every match of it starts exactly where one of the
 * rule's keywords starts. Such a rule need not be searched for across its windows: trying it at each keyword hit
 * ({@code lookingAt}) finds the same matches. The analysis is conservative: it reads only a leading run of
 * zero-width look-behinds, capturing or non-capturing groups without alternation, literal characters and groups whose
 * alternatives are all literals; anything else ends the prefix, and a rule whose every possible leading literal does
 * not start with one of its keywords is not eligible.
 */
final class AnchoredPrefix {
    private static final int MAX_PREFIXES = 64;

    private AnchoredPrefix() {
    }

    /** Whether every match of {@code regex} starts with (the lower case of) one of {@code keywords}. */
    static boolean eligible(Pattern regex, List<String> keywords) {
        if ((regex.flags() & (Pattern.UNICODE_CASE | Pattern.LITERAL | Pattern.COMMENTS | Pattern.CANON_EQ)) != 0) {
            return false;
        }
        String source = regex.pattern();
        if (!source.isEmpty() && !asciiOnly(source)) {
            return false;
        }
        try {
            List<String> prefixes = leadingLiterals(source);
            if (prefixes == null || prefixes.isEmpty()) {
                return false;
            }
            for (String prefix : prefixes) {
                String lower = prefix.toLowerCase(Locale.ROOT);
                boolean covered = false;
                for (String keyword : keywords) {
                    if (!keyword.isEmpty() && lower.startsWith(keyword)) {
                        covered = true;
                        break;
                    }
                }
                if (!covered) {
                    return false;
                }
            }
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static boolean asciiOnly(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0x7e) {
                return false;
            }
        }
        return true;
    }

    /** The literals one of which every match starts with, or null when they cannot be read off. */
    static List<String> leadingLiterals(String source) {
        if (flagGroupContains(source, 'u') || flagGroupContains(source, 'x')) {
            return null;
        }
        if (!alternationFree(source, 0, source.length())) {
            return null;
        }
        List<String> prefixes = new ArrayList<>();
        prefixes.add("");
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (source.startsWith("(?<!", i) || source.startsWith("(?<=", i)) {
                if (!prefixes.equals(List.of(""))) {
                    break; // a look-behind after literal characters: stop (still sound, just shorter)
                }
                i = closeOf(source, i) + 1;
                continue;
            }
            if (c == '(') {
                int close = closeOf(source, i);
                int bodyStart;
                if (source.startsWith("(?:", i)) {
                    bodyStart = i + 3;
                } else if (source.startsWith("(?i:", i)) {
                    bodyStart = i + 4;
                } else if (source.startsWith("(?", i)) {
                    break; // named groups, flags, look-aheads: stop
                } else {
                    bodyStart = i + 1;
                }
                if (quantified(source, close + 1)) {
                    break;
                }
                List<String> alternatives = literalAlternatives(source, bodyStart, close);
                if (alternatives != null) {
                    prefixes = cross(prefixes, alternatives);
                    if (prefixes == null) {
                        return null;
                    }
                    i = close + 1;
                    continue;
                }
                if (alternationFree(source, bodyStart, close)) {
                    i = bodyStart; // descend into the group: its contents continue the prefix
                    continue;
                }
                List<String> heads = alternativeHeads(source, bodyStart, close);
                if (heads != null) {
                    // each alternative starts with its head, but what follows a head is not read: stop here
                    prefixes = cross(prefixes, heads);
                    if (prefixes == null) {
                        return null;
                    }
                }
                break;
            }
            if (c == '[') {
                int end = source.indexOf(']', i);
                List<String> members = end < 0 ? null : simpleClass(source.substring(i + 1, end));
                if (members == null || quantified(source, end + 1)) {
                    break;
                }
                prefixes = cross(prefixes, members);
                if (prefixes == null) {
                    return null;
                }
                i = end + 1;
                continue;
            }
            int[] lit = literalAt(source, i);
            if (lit == null) {
                break;
            }
            if (quantified(source, lit[1])) {
                break;
            }
            prefixes = cross(prefixes, List.of(String.valueOf((char) lit[0])));
            i = lit[1];
        }
        prefixes.removeIf(String::isEmpty);
        return prefixes.size() == 0 ? null : prefixes;
    }

    private static boolean flagGroupContains(String source, char flag) {
        for (int i = source.indexOf("(?"); i >= 0; i = source.indexOf("(?", i + 1)) {
            if (i > 0 && source.charAt(i - 1) == '\\') {
                continue;
            }
            int j = i + 2;
            while (j < source.length() && (Character.isLetter(source.charAt(j)) || source.charAt(j) == '-')) {
                if (source.charAt(j) == flag) {
                    return true;
                }
                j++;
            }
        }
        return false;
    }

    private static List<String> cross(List<String> heads, List<String> tails) {
        if ((long) heads.size() * tails.size() > MAX_PREFIXES) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (String h : heads) {
            for (String t : tails) {
                out.add(h + t);
            }
        }
        return out;
    }

    /** Whether a quantifier follows at {@code i}. */
    private static boolean quantified(String source, int i) {
        if (i >= source.length()) {
            return false;
        }
        char c = source.charAt(i);
        return c == '?' || c == '*' || c == '+' || c == '{';
    }

    /** The literal character at {@code i} and the index after it, or null when it is not a plain literal. */
    private static int[] literalAt(String source, int i) {
        char c = source.charAt(i);
        if (c == '\\') {
            if (i + 1 >= source.length()) {
                return null;
            }
            char e = source.charAt(i + 1);
            if (!Character.isLetterOrDigit(e) && e > ' ' && e < 0x7f) {
                return new int[] {e, i + 2};
            }
            return null;
        }
        if ("[](){}.*+?^$|\\".indexOf(c) >= 0 || c < ' ' || c >= 0x7f) {
            return null;
        }
        return new int[] {c, i + 1};
    }

    /** The alternatives of {@code [from, to)} when each is a run of plain literals, else null. */
    private static List<String> literalAlternatives(String source, int from, int to) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int i = from;
        while (i < to) {
            if (source.charAt(i) == '|') {
                out.add(current.toString());
                current.setLength(0);
                i++;
                continue;
            }
            int[] lit = literalAt(source, i);
            if (lit == null || quantified(source, lit[1])) {
                return null;
            }
            current.append((char) lit[0]);
            i = lit[1];
        }
        out.add(current.toString());
        for (String s : out) {
            if (s.isEmpty()) {
                return null;
            }
        }
        return out;
    }

    /**
     * The leading literals of each alternative of {@code [from, to)}: the plain literal characters an alternative
     * starts with, up to its first character that is quantified or not a plain literal ({@code credentials?} gives
     * {@code credential}, {@code postgres(?:ql)?} gives {@code postgres}). Every match of the group starts with one
     * of them. Null when an alternative starts with no plain literal.
     */
    private static List<String> alternativeHeads(String source, int from, int to) {
        List<String> out = new ArrayList<>();
        int start = from;
        while (true) {
            int bar = walk(source, start, to, (c, depth) -> c == '|' && depth == 0);
            int end = bar < 0 ? to : bar;
            StringBuilder head = new StringBuilder();
            int i = start;
            while (i < end) {
                int[] lit = literalAt(source, i);
                if (lit == null || lit[1] > end || quantified(source, lit[1])) {
                    break;
                }
                head.append((char) lit[0]);
                i = lit[1];
            }
            if (head.length() == 0) {
                return null;
            }
            out.add(head.toString());
            if (bar < 0) {
                return out;
            }
            start = bar + 1;
        }
    }

    /** Says whether the walk stops at {@code index}, where {@code c} stands at group depth {@code depth}. */
    private interface StopAt {
        boolean test(char c, int depth);
    }

    /**
     * Walks {@code [from, to)} skipping escapes and character classes, tracking group depth (a {@code (} is seen at
     * the depth outside it, its {@code )} at the same depth); answers the first index where {@code stop} holds, or -1.
     */
    private static int walk(String source, int from, int to, StopAt stop) {
        int depth = 0;
        int i = from;
        while (i < to) {
            char c = source.charAt(i);
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (c == '[') {
                i = classEnd(source, i);
                continue;
            }
            if (c == ')') {
                depth--;
            }
            if (stop.test(c, depth)) {
                return i;
            }
            if (c == '(') {
                depth++;
            }
            i++;
        }
        return -1;
    }

    /** The index of the parenthesis closing the group that opens at {@code open}. */
    private static int closeOf(String source, int open) {
        int close = walk(source, open + 1, source.length(), (c, depth) -> c == ')' && depth == -1);
        if (close < 0) {
            throw new IllegalArgumentException("unbalanced");
        }
        return close;
    }

    /** The index after the character class opening at {@code open}. */
    private static int classEnd(String source, int open) {
        int i = open + 1;
        if (i < source.length() && source.charAt(i) == '^') {
            i++;
        }
        if (i < source.length() && source.charAt(i) == ']') {
            i++;
        }
        int depth = 1;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
                if (depth == 0) {
                    return i + 1;
                }
            }
            i++;
        }
        throw new IllegalArgumentException("unbalanced class");
    }

    /** Whether {@code [from, to)} has no {@code |} at its own nesting level. */
    private static boolean alternationFree(String source, int from, int to) {
        return walk(source, from, to, (c, depth) -> c == '|' && depth == 0) < 0;
    }

    /** The members of a character class body made of letters, digits and underscores only, else null. */
    private static List<String> simpleClass(String body) {
        if (body.isEmpty()) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (int k = 0; k < body.length(); k++) {
            char c = body.charAt(k);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_')) {
                return null;
            }
            out.add(String.valueOf(c));
        }
        return out;
    }
}
