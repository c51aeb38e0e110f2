package io.interven.gateway.core.fields;

import java.util.ArrayList;
import java.util.List;

/**
 * A value built in code from string literals, the way a token is split to get it past a filter that reads each
 * literal alone: {@code "ghp_R8bY2kqN5tL" + "w3xZ9…"} (Java, JavaScript, Python, C#), {@code 'ab' . 'cd'} (PHP,
 * Perl), {@code "ab" .. "cd"} (Lua), {@code 'ab' || 'cd'} (SQL), {@code "ab" & "cd"} (Visual Basic), adjacent
 * literals {@code "ab" "cd"} (Python, C), and lists joined later: {@code "".join(["ab", "cd"])},
 * {@code ["ab", "cd"].join("")}, {@code concat("ab", "cd")}. Two or more literals (in any of the three quotes, as
 * JavaScript mixes them), each on one line, with one joiner (or none) between each two and white space, line breaks
 * included, around it, make a run;
 * the run is read back as their contents joined, when that is {@link #MIN_JOINED} characters or more. Escapes inside
 * a literal are kept as written (the escape layer reads them).
 */
final class LiteralJoins {
    static final int MIN_JOINED = 16;
    private static final int MAX_LITERAL = 512;

    private LiteralJoins() {
    }

    /** Whether the text may hold a run: four quotes at least. */
    static boolean mayHold(String text) {
        return count(text, '"') + count(text, '\'') + count(text, '`') >= 4;
    }

    static List<SpelledRuns.Run> in(String text) {
        List<SpelledRuns.Run> runs = List.of();
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!isQuote(text.charAt(i))) {
                i++;
                continue;
            }
            int runStart = i;
            StringBuilder joined = new StringBuilder();
            int literals = 0;
            int at = i;
            int runEnd = -1;
            while (true) {
                int close = closingQuote(text, at, text.charAt(at));
                if (close < 0) {
                    break;
                }
                joined.append(text, at + 1, close);
                literals++;
                runEnd = close + 1;
                int next = nextLiteral(text, runEnd);
                if (next < 0) {
                    break;
                }
                at = next;
            }
            if (literals >= 2 && joined.length() >= MIN_JOINED) {
                runs = runs.isEmpty() ? new ArrayList<>() : runs;
                runs.add(new SpelledRuns.Run(runStart, runEnd, joined.toString()));
            }
            i = runEnd > runStart ? runEnd : i + 1;
        }
        return runs;
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
     * {@code .}, {@code ..}, {@code ||}, {@code &}, {@code ,}), white space, then a quote; -1 when none does.
     */
    private static int nextLiteral(String text, int from) {
        int k = skipWhiteSpace(text, from);
        if (k < text.length()) {
            char c = text.charAt(k);
            if (c == '+' || c == '&' || c == ',') {
                k++;
            } else if (c == '.') {
                k += text.startsWith("..", k) ? 2 : 1;
            } else if (c == '|' && text.startsWith("||", k)) {
                k += 2;
            }
        }
        k = skipWhiteSpace(text, k);
        return k < text.length() && isQuote(text.charAt(k)) ? k : -1;
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
