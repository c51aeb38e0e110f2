package io.interven.gateway.core.fields;

import java.util.ArrayList;
import java.util.List;

/**
 * Words with markup inside them that renders away: {@code ghp_R8bY2k**qN5t**Lw3…} (Markdown bold), {@code …2k*qN5*tL…}
 * (Slack bold), {@code ~~…~~}, {@code `…`}, HTML tags ({@code ghp_R8bY<b></b>2kqN…}, {@code <span>…</span>}, {@code
 * <wbr>}) and comments, and line continuations ({@code ghp_R8bY2k\} at the end of a line, the token going on at the
 * start of the next: a backslash before a line break is no character in a shell, C or Python string). A reader sees the
 * token whole, and copies it whole; a pattern sees it cut. Each word (a run of characters other than white space; a
 * comment's spaces included) of at least {@link #MIN_READ} characters once its markup is taken out, with markup
 * standing between two letters or digits, is read without it, when its markup renders away ({@link #rendersAway}).
 */
final class MarkupInWords {
    static final int MIN_READ = 16;
    private static final int MAX_TAG = 48;

    private MarkupInWords() {
    }

    /**
     * Whether markup stands inside a word: right after a letter or digit and, past any markup right after it, right
     * before one. {@link #read} keeps a word only when such markup stands in it, and {@link #markupEnd} reads the same
     * markup with the word's end as with the text's, since a word ends at white space or the text's end. Markdown
     * around words, code fences and tags between words are told apart without a word read.
     */
    static boolean mayHold(String text) {
        return cutsAWord(text, '*') || cutsAWord(text, '~') || cutsAWord(text, '`') || cutsAWord(text, '<')
                || cutsAWord(text, '\\');
    }

    /** Whether markup that starts with {@code mark} stands between two letters or digits. */
    private static boolean cutsAWord(String text, char mark) {
        int n = text.length();
        for (int k = text.indexOf(mark, 1); k >= 0; k = text.indexOf(mark, k + 1)) {
            int end = isLetterOrDigit(text.charAt(k - 1)) ? markupEnd(text, k, n) : -1;
            if (end < 0) {
                continue;
            }
            for (int more = markupEnd(text, end, n); more > 0; more = markupEnd(text, end, n)) {
                end = more; // markup right after markup is one cut, as read takes it
            }
            if (end < n && isLetterOrDigit(text.charAt(end))) {
                return true;
            }
        }
        return false;
    }

    static List<SpelledRuns.Run> in(String text) {
        List<SpelledRuns.Run> runs = List.of();
        int n = text.length();
        int searched = 0;
        for (int k = nextMark(text, 0); k >= 0; k = nextMark(text, Math.max(k + 1, searched))) {
            if (k == 0 || !isLetterOrDigit(text.charAt(k - 1))) {
                continue; // markup inside a word stands right after a letter or digit
            }
            int start = k;
            while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
                start--;
            }
            int end = k;
            while (end < n && !Character.isWhitespace(text.charAt(end))) {
                int close = text.startsWith("<!--", end) ? commentClose(text, end + 4) : -1;
                int continued = continuationEnd(text, end);
                // a comment's spaces and a continuation's line break stay in the word
                end = close > 0 && close - end <= MAX_TAG ? close + 3 : continued > 0 ? continued : end + 1;
            }
            searched = end;
            SpelledRuns.Run run = start < lastEnd(runs) ? null : read(text, start, end);
            if (run != null) {
                runs = runs.isEmpty() ? new ArrayList<>() : runs;
                runs.add(run);
            }
        }
        return runs;
    }

    /** The first character markup may start with, from {@code from}; -1 when none is left. */
    private static int nextMark(String text, int from) {
        for (int k = from; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c == '*' || c == '~' || c == '`' || c == '<' || continuationEnd(text, k) > 0) {
                return k;
            }
        }
        return -1;
    }

    private static int lastEnd(List<SpelledRuns.Run> runs) {
        return runs.isEmpty() ? 0 : runs.get(runs.size() - 1).end();
    }

    /** The word {@code [start, end)} read without its markup, or null when no markup stands inside it. */
    private static SpelledRuns.Run read(String text, int start, int end) {
        StringBuilder read = null;
        List<int[]> kept = new ArrayList<>();
        List<String> marks = new ArrayList<>();
        boolean inside = false;
        int k = start;
        int keptFrom = start;
        while (k < end) {
            int markupEnd = markupEnd(text, k, end);
            if (markupEnd < 0) {
                k++;
                continue;
            }
            for (int more = markupEnd(text, markupEnd, end); more > 0; more = markupEnd(text, markupEnd, end)) {
                markupEnd = more; // markup right after markup (<b></b>) is one cut
            }
            inside |= k > start && markupEnd < end && isLetterOrDigit(text.charAt(k - 1))
                    && isLetterOrDigit(text.charAt(markupEnd));
            marks.add(text.substring(k, markupEnd));
            read = read == null ? new StringBuilder(end - start) : read;
            if (k > keptFrom) {
                kept.add(new int[] {keptFrom, k, read.length()});
                read.append(text, keptFrom, k);
            }
            keptFrom = markupEnd;
            k = markupEnd;
        }
        if (read == null || !inside || !rendersAway(marks)) {
            return null;
        }
        if (end > keptFrom) {
            kept.add(new int[] {keptFrom, end, read.length()});
            read.append(text, keptFrom, end);
        }
        if (read.length() < MIN_READ) {
            return null;
        }
        return new SpelledRuns.Run(start, end, read.toString(), PieceOffsets.of(kept, read.length()));
    }

    /**
     * Whether the word's markup renders away: a tag or a comment, or emphasis marks that open and close (the same
     * mark twice at least). A lone {@code *} or {@code ~} is shown as written, and belongs to the value
     * (an Azure secret holds a {@code ~}).
     */
    private static boolean rendersAway(List<String> marks) {
        for (int m = 0; m < marks.size(); m++) {
            String mark = marks.get(m);
            if (mark.indexOf('<') >= 0 || mark.charAt(0) == '\\' || marks.lastIndexOf(mark) != m) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the markup at {@code k} ends: a run of {@code * ~ `}, an HTML tag or comment, a line continuation; -1 when
     * none starts.
     */
    private static int markupEnd(String text, int k, int end) {
        if (k >= end) {
            return -1;
        }
        int continued = continuationEnd(text, k);
        if (continued > 0) {
            return continued <= end ? continued : -1;
        }
        char c = text.charAt(k);
        if (c == '*' || c == '~' || c == '`') {
            int m = k;
            while (m < end && (text.charAt(m) == '*' || text.charAt(m) == '~' || text.charAt(m) == '`')) {
                m++;
            }
            return m;
        }
        if (c != '<' || k + 2 >= end) {
            return -1;
        }
        if (text.startsWith("<!--", k)) {
            int close = commentClose(text, k + 4);
            return close < 0 || close + 3 > end ? -1 : close + 3;
        }
        int m = k + 1;
        if (text.charAt(m) == '/') {
            m++;
        }
        if (m >= end || !isLetter(text.charAt(m))) {
            return -1;
        }
        int limit = Math.min(end, k + MAX_TAG);
        while (m < limit && text.charAt(m) != '>' && text.charAt(m) != '<') {
            m++;
        }
        return m < limit && text.charAt(m) == '>' ? m + 1 : -1;
    }

    /** Where a backslash at {@code k} and the line break after it end, or -1 when no continuation stands there. */
    private static int continuationEnd(String text, int k) {
        if (text.charAt(k) != '\\' || k + 1 >= text.length()) {
            return -1;
        }
        char next = text.charAt(k + 1);
        if (next == '\n') {
            return k + 2;
        }
        return next == '\r' && k + 2 < text.length() && text.charAt(k + 2) == '\n' ? k + 3 : -1;
    }

    /** Where {@code -->} begins within {@link #MAX_TAG} characters from {@code from}, or -1: the search is bounded. */
    private static int commentClose(String text, int from) {
        int limit = Math.min(text.length() - 2, from + MAX_TAG);
        for (int k = from; k < limit; k++) {
            if (text.charAt(k) == '-' && text.charAt(k + 1) == '-' && text.charAt(k + 2) == '>') {
                return k;
            }
        }
        return -1;
    }

    private static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean isLetterOrDigit(char c) {
        return isLetter(c) || c >= '0' && c <= '9' || c == '_' || c == '-';
    }
}
