package io.interven.gateway.core.fields;

import java.util.ArrayList;
import java.util.List;

/**
 * A value built in code from string literals, the way a token is split to get it past a filter that reads each
 * literal alone: {@code "ghp_R8bY2kqN5tL" + "w3xZ9…"} (Java, JavaScript, Python, C#), {@code 'ab' . 'cd'} (PHP,
 * Perl), {@code "ab" .. "cd"} (Lua), {@code 'ab' || 'cd'} (SQL), {@code "ab" & "cd"} (Visual Basic), adjacent
 * literals {@code "ab" "cd"} (Python, C), and lists joined later: {@code "".join(["ab", "cd"])},
 * {@code ["ab", "cd"].join("")}, {@code concat("ab", "cd")} (commas join only there: elsewhere a list of strings, or
 * the entries of a dictionary, are separate values). Two or more literals (in any of the three quotes, as
 * JavaScript mixes them, but side by side without a joiner only in one kind, and never backticks), two of them not
 * empty, each on one line, with one joiner (or none) between each two and white space, line breaks included, around
 * it, make a run; the run is read back as their contents joined, when that is {@link #MIN_JOINED} characters or more.
 * Escapes inside a literal are kept as written (the escape layer reads them).
 */
final class LiteralJoins {
    static final int MIN_JOINED = 16;
    private static final int MAX_LITERAL = 512;
    private static final char[] QUOTES = {'"', '\'', '`'};

    private LiteralJoins() {
    }

    /**
     * Whether the text may hold a run: four quotes at least, and a quote that {@link #nextLiteral} finds another
     * literal after, by a comma only when a quote also stands where {@link #isListJoined} looks. A run's first literal
     * closes with such a quote, and commas join literals only in a joined list: prose and JSON, whose quotes a word or
     * a colon follows and whose commas part values, are told apart without a literal read.
     */
    static boolean mayHold(String text) {
        if (count(text, '"') + count(text, '\'') + count(text, '`') < 4) {
            return false;
        }
        return joined(text, false) || joined(text, true) && mayOpenAJoinedList(text);
    }

    /** Whether a quote stands that another literal follows ({@link #nextLiteral}). */
    private static boolean joined(String text, boolean commasJoin) {
        for (char quote : QUOTES) {
            for (int k = text.indexOf(quote); k >= 0; k = text.indexOf(quote, k + 1)) {
                if (nextLiteral(text, k + 1, commasJoin, quote) >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether a quote stands where {@link #isListJoined} looks for a list's first or last one: after {@code join},
     * {@code concat} or {@code implode} and brackets or white space, or before {@code ].join}. The words are compared
     * in any case without a copy, which takes all {@link #isListJoined} takes and a little more.
     */
    private static boolean mayOpenAJoinedList(String text) {
        for (char quote : QUOTES) {
            for (int k = text.indexOf(quote); k >= 0; k = text.indexOf(quote, k + 1)) {
                int before = k - 1;
                while (before >= 0 && (Character.isWhitespace(text.charAt(before)) || text.charAt(before) == '['
                        || text.charAt(before) == '(')) {
                    before--;
                }
                if (before < k - 1 && (endsWith(text, before, "join") || endsWith(text, before, "concat")
                        || endsWith(text, before, "implode") || endsWith(text, before, "concat_ws"))) {
                    return true;
                }
                int after = skipWhiteSpace(text, k + 1);
                if (after < text.length() && text.charAt(after) == ']'
                        && text.startsWith(".join", skipWhiteSpace(text, after + 1))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether {@code word} ends at {@code last} in the text, in any case. */
    private static boolean endsWith(String text, int last, String word) {
        int from = last + 1 - word.length();
        return from >= 0 && text.regionMatches(true, from, word, 0, word.length());
    }

    static List<SpelledRuns.Run> in(String text) {
        List<SpelledRuns.Run> runs = List.of();
        int i = 0;
        while (i < text.length()) {
            if (!isQuote(text.charAt(i))) {
                i++;
                continue;
            }
            int close = closingQuote(text, i, text.charAt(i));
            if (close < 0 || nextLiteral(text, close + 1, true, text.charAt(i)) < 0) {
                i = close < 0 ? i + 1 : close + 1; // a literal alone: the common case, read without a copy
                continue;
            }
            Literals literals = Literals.read(text, i, true);
            if (literals.commas() && !isListJoined(text, i, literals.end())) {
                literals = Literals.read(text, i, false); // a list of separate strings, not a value in pieces
            }
            if (literals.filled() >= 2 && literals.joined().length() >= MIN_JOINED) {
                runs = runs.isEmpty() ? new ArrayList<>() : runs;
                runs.add(new SpelledRuns.Run(i, literals.end(), literals.joined().toString(),
                        PieceOffsets.of(literals.contents(), literals.joined().length())));
            }
            i = literals.end() > i ? literals.end() : i + 1;
        }
        return runs;
    }

    /**
     * The literals read from a quote at {@code start}: how many, their contents joined, where each content stands
     * ({@code [start, end)} in the text and where it begins in the joined value), where the last one ends (or
     * {@code start} when none closes), and whether a comma joined two of them.
     */
    private record Literals(int filled, StringBuilder joined, List<int[]> contents, int end, boolean commas) {
        static Literals read(String text, int start, boolean commasJoin) {
            StringBuilder joined = new StringBuilder();
            List<int[]> contents = new ArrayList<>();
            int end = start;
            boolean commas = false;
            int filled = 0;
            int at = start;
            while (true) {
                int close = closingQuote(text, at, text.charAt(at));
                if (close < 0) {
                    break;
                }
                contents.add(new int[] {at + 1, close, joined.length()});
                joined.append(text, at + 1, close);
                filled += close > at + 1 ? 1 : 0;
                end = close + 1;
                int next = nextLiteral(text, end, commasJoin, text.charAt(at));
                if (next < 0) {
                    break;
                }
                commas |= text.substring(end, next).indexOf(',') >= 0;
                at = next;
            }
            return new Literals(filled, joined, contents, end, commas);
        }
    }

    /**
     * Whether literals split by commas from {@code start} to {@code end} are a list joined into one string: inside
     * brackets that {@code join}, {@code concat} or {@code implode} opens ({@code "".join([...])},
     * {@code concat(...)}), or a list that {@code .join} follows ({@code [...].join('')}).
     */
    private static boolean isListJoined(String text, int start, int end) {
        int k = start - 1;
        while (k >= 0 && (Character.isWhitespace(text.charAt(k)) || text.charAt(k) == '[' || text.charAt(k) == '(')) {
            k--;
        }
        if (k < start - 1) {
            String before = text.substring(Math.max(0, k - 15), k + 1).toLowerCase(java.util.Locale.ROOT);
            if (before.endsWith("join") || before.endsWith("concat") || before.endsWith("implode")
                    || before.endsWith("concat_ws")) {
                return true;
            }
        }
        int after = skipWhiteSpace(text, end);
        if (after < text.length() && text.charAt(after) == ']') {
            after = skipWhiteSpace(text, after + 1);
            return text.startsWith(".join", after);
        }
        return false;
    }

    /** The quote closing the literal opened at {@code open} on its own line (a backslash escapes one), or -1. */
    private static int closingQuote(String text, int open, char quote) {
        int limit = Math.min(text.length(), open + 1 + MAX_LITERAL + 1);
        for (int k = open + 1; k < limit; k++) {
            char c = text.charAt(k);
            if (c == '\\') {
                k++;
            } else if (c == quote) {
                return k;
            } else if (c == '\n' || c == '\r') {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Where the next literal of the run opens after {@code from}: white space, at most one joiner ({@code +},
     * {@code .}, {@code ..}, {@code ||}, {@code &}, and {@code ,} when {@code commasJoin}), white space, then a quote
     * (the same {@code quote}, not a backtick, when no joiner stands between); -1 when none does.
     */
    private static int nextLiteral(String text, int from, boolean commasJoin, char quote) {
        int k = skipWhiteSpace(text, from);
        boolean joiner = false;
        if (k < text.length()) {
            char c = text.charAt(k);
            if (c == '+' || c == '&' || c == ',' && commasJoin) {
                k++;
                joiner = true;
            } else if (c == '.') {
                k += text.startsWith("..", k) ? 2 : 1;
                joiner = true;
            } else if (c == '|' && text.startsWith("||", k)) {
                k += 2;
                joiner = true;
            }
        }
        k = skipWhiteSpace(text, k);
        if (k >= text.length() || !isQuote(text.charAt(k))) {
            return -1;
        }
        // literals side by side join only in one kind of quote, and never backticks (Markdown code spans and fences)
        return joiner || text.charAt(k) == quote && quote != '`' ? k : -1;
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '\'' || c == '`';
    }

    private static int skipWhiteSpace(String text, int from) {
        int k = from;
        while (k < text.length() && Character.isWhitespace(text.charAt(k))) {
            k++;
        }
        return k;
    }

    private static int count(String text, char c) {
        int count = 0;
        for (int k = text.indexOf(c); k >= 0 && count < 4; k = text.indexOf(c, k + 1)) {
            count++;
        }
        return count;
    }
}
