package io.interven.plugin.pii;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the context words of one {@link ContextWords} occur in one long text, found in a single pass, so that each
 * of many candidates asks in logarithmic time instead of reading its window again: with thousands of candidates in
 * a field (a list, a table, a decoy payload) the words cost one pass, not one pass per candidate.
 */
final class WordHits {
    /**
     * The text the hits are of, held weakly: a thread keeps its last hits ({@link ContextWords}), and a field's
     * text, which may hold personal data, must not outlive its call because of that.
     */
    private final java.lang.ref.WeakReference<String> text;
    private final int[] starts;
    private final int[] ends;
    private final int count;

    private WordHits(String text, int[] starts, int[] ends, int count) {
        this.text = new java.lang.ref.WeakReference<>(text);
        this.starts = starts;
        this.ends = ends;
        this.count = count;
    }

    /**
     * Every non-overlapping match of {@code words} in {@code text}, in text order: those of {@code find()} over the
     * whole text, with the expression tried only where {@code wordStarts} allows.
     */
    static WordHits of(Pattern words, CandidateStarts wordStarts, String text) {
        int[] starts = new int[16];
        int[] ends = new int[16];
        int count = 0;
        Matcher m = words.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int from = 0;
        while (CandidateStarts.nextMatch(m, text, wordStarts, from)) {
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
                ends = Arrays.copyOf(ends, count * 2);
            }
            starts[count] = m.start();
            ends[count] = m.end();
            count++;
            from = Math.max(m.end(), m.start() + 1);
        }
        return new WordHits(text, starts, ends, count);
    }

    /** The hits as {@code start-end}, in text order. */
    List<String> spans() {
        List<String> spans = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            spans.add(starts[i] + "-" + ends[i]);
        }
        return spans;
    }

    /** Whether these are the hits of this very text (the same instance). */
    boolean isOf(String other) {
        return text.get() == other;
    }

    /** The end of the last word lying wholly within {@code [from, to)}, or -1. */
    int lastEndWithin(int from, int to) {
        int low = 0;
        int high = count - 1;
        int found = -1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (ends[mid] <= to) {
                found = mid;
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return found >= 0 && starts[found] >= from ? ends[found] : -1;
    }
}
