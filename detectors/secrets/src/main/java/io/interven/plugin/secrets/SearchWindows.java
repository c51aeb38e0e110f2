package io.interven.plugin.secrets;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The parts of a text one rule needs to search: a window of the rule's {@code maxLength} either side of each of its
 * keyword hits, clipped to the text, with overlapping windows merged so that no region is searched twice.
 */
final class SearchWindows {
    /** A region {@code [start, end)} of the text. */
    record Region(int start, int end) {
    }

    private final int reach;
    private final int textLength;
    private final List<Region> hits = new ArrayList<>();

    SearchWindows(int reach, int textLength) {
        this.reach = reach;
        this.textLength = textLength;
    }

    /** A keyword occurrence at {@code [start, end)}. */
    void addHit(int start, int end) {
        hits.add(new Region(start, end));
    }

    /** The merged windows, in text order. */
    List<Region> regions() {
        hits.sort(Comparator.comparingInt(Region::start));
        List<Region> regions = new ArrayList<>();
        int start = -1;
        int end = -1;
        for (Region hit : hits) {
            int windowStart = Math.max(0, hit.start() - reach);
            int windowEnd = (int) Math.min(textLength, (long) hit.end() + reach);
            if (start >= 0 && windowStart <= end) {
                end = Math.max(end, windowEnd);
            } else {
                if (start >= 0) {
                    regions.add(new Region(start, end));
                }
                start = windowStart;
                end = windowEnd;
            }
        }
        if (start >= 0) {
            regions.add(new Region(start, end));
        }
        return regions;
    }
}
