package io.interven.plugin.secrets;

import java.util.Arrays;

/**
 * The parts of a text one rule needs to search: a window of the rule's {@code maxLength} either side of each of its
 * keyword hits, clipped to the text, with overlapping windows merged so that no region is searched twice.
 */
final class SearchWindows {
    private final int reach;
    private final int textLength;
    /** Each hit as {@code start << 32 | end}, so that sorting orders them by start. */
    private long[] hits = new long[4];
    private int hitCount;

    SearchWindows(int reach, int textLength) {
        this.reach = reach;
        this.textLength = textLength;
    }

    /** A keyword occurrence at {@code [start, end)}. */
    void addHit(int start, int end) {
        if (hitCount == hits.length) {
            hits = Arrays.copyOf(hits, hitCount * 2);
        }
        hits[hitCount++] = ((long) start << 32) | (end & 0xffffffffL);
    }

    /**
     * Orders the hits by start. They arrive ordered by end, so a hit is out of place only among hits that end within
     * a keyword's length before it: insertion sort, unless there are many.
     */
    private void sortHits() {
        if (hitCount > 32) {
            Arrays.sort(hits, 0, hitCount);
            return;
        }
        for (int i = 1; i < hitCount; i++) {
            long hit = hits[i];
            int j = i - 1;
            while (j >= 0 && hits[j] > hit) {
                hits[j + 1] = hits[j];
                j--;
            }
            hits[j + 1] = hit;
        }
    }

    /** The merged windows, in text order: {@code [start0, end0, start1, end1, ...]}. */
    int[] regions() {
        sortHits();
        int[] regions = new int[2 * hitCount];
        int count = 0;
        int start = -1;
        int end = -1;
        for (int h = 0; h < hitCount; h++) {
            int hitStart = (int) (hits[h] >> 32);
            int hitEnd = (int) hits[h];
            int windowStart = Math.max(0, hitStart - reach);
            int windowEnd = (int) Math.min(textLength, (long) hitEnd + reach);
            if (start >= 0 && windowStart <= end) {
                end = Math.max(end, windowEnd);
            } else {
                if (start >= 0) {
                    regions[count++] = start;
                    regions[count++] = end;
                }
                start = windowStart;
                end = windowEnd;
            }
        }
        if (start >= 0) {
            regions[count++] = start;
            regions[count++] = end;
        }
        return count == regions.length ? regions : Arrays.copyOf(regions, count);
    }

    /** The start of each hit, ascending (duplicates kept); call after {@link #regions()}, which sorts them. */
    int[] hitStarts() {
        int[] starts = new int[hitCount];
        for (int h = 0; h < hitCount; h++) {
            starts[h] = (int) (hits[h] >> 32);
        }
        return starts;
    }
}
