package io.interven.gateway.core.fields;

import java.util.Map;
import java.util.TreeMap;

/**
 * The spans of a text already read as runs, none overlapping another: whether a new span overlaps one is told in
 * logarithmic time, so that a text with tens of thousands of runs is not compared run by run.
 */
final class TakenSpans {
    private final TreeMap<Integer, Integer> endsByStart = new TreeMap<>();

    /** Whether {@code [start, end)} overlaps a span taken. */
    boolean overlaps(int start, int end) {
        Map.Entry<Integer, Integer> before = endsByStart.lowerEntry(end);
        return before != null && before.getValue() > start;
    }

    /** Takes {@code [start, end)}, which overlaps no span taken. */
    void take(int start, int end) {
        endsByStart.put(start, end);
    }
}
