package io.interven.gateway.core.fields;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs of text set in Markdown or Slack emphasis with underscores ({@code _ghp_…_}, as Slack's {@code mrkdwn}
 * writes italics). A token's own pattern ends where a letter, digit or underscore cannot follow it, so the closing
 * underscore hides it. Each run is read without its two underscores, as a child of the text it stands in: an
 * opening underscore where no word character stands before it and a letter or digit after it; the closing one is
 * the last underscore of that run of non-blank characters with no word character after it. Runs shorter than
 * {@link #MIN_INNER} characters hold no token and are left alone ({@code _id_}, {@code _a_}), and so is every
 * underscore inside a word ({@code snake_case}, {@code __init__}).
 */
final class EmphasisRuns {
    static final int MIN_INNER = 8;

    /** One run: the emphasized text is {@code [start, end)}, its underscores at {@code start - 1} and {@code end}. */
    record Run(int start, int end) {
    }

    private EmphasisRuns() {
    }

    /** Whether {@code text} may hold a run: one underscore at least. */
    static boolean mayHold(String text) {
        return text.indexOf('_') >= 0;
    }

    static List<Run> in(String text) {
        List<Run> runs = List.of();
        int n = text.length();
        int open = text.indexOf('_');
        while (open >= 0 && open + 1 < n) {
            int next = open + 1;
            if ((open == 0 || !isWordChar(text.charAt(open - 1))) && isLetterOrDigit(text.charAt(open + 1))) {
                int runEnd = open + 1;
                while (runEnd < n && !Character.isWhitespace(text.charAt(runEnd))) {
                    runEnd++;
                }
                int close = -1;
                for (int k = runEnd - 1; k > open + 1; k--) {
                    if (text.charAt(k) == '_' && (k + 1 == n || !isWordChar(text.charAt(k + 1)))) {
                        close = k;
                        break;
                    }
                }
                if (close - (open + 1) >= MIN_INNER) {
                    runs = runs.isEmpty() ? new ArrayList<>() : runs;
                    runs.add(new Run(open + 1, close));
                    next = close + 1;
                } else {
                    next = runEnd;
                }
            }
            open = text.indexOf('_', next);
        }
        return runs;
    }

    private static boolean isWordChar(char c) {
        return isLetterOrDigit(c) || c == '_';
    }

    private static boolean isLetterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
}
