package io.interven.gateway.history;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Reads of one value, oldest first, each trace's once; reads made at the same instant are held newest added first,
 * so that read from the end they come in the order they were added. Reads arrive nearly in order (this node's at
 * once, other nodes' a refresh later), so adding is an append but for the few that come late; the newest since a
 * time is the last, and the reads since a time are a tail. A trace reads a value at one instant (the time recorded
 * with it on every node), so a trace's read is looked for among the reads of its instant only. Not thread-safe: the
 * cache guards each value's reads.
 */
final class ReadsInTime {
    private final ArrayList<ReadValue> reads = new ArrayList<>(1);

    /** Adds {@code read} in its place by time; false when this trace's read is held already. */
    boolean add(ReadValue read) {
        int at = firstAtOrAfter(read.readAt());
        for (int i = at; i < reads.size() && reads.get(i).readAt() == read.readAt(); i++) {
            if (reads.get(i).sourceTraceId().equals(read.sourceTraceId())) {
                return false;
            }
        }
        reads.add(at, read);
        return true;
    }

    /** Removes the read of {@code traceId} made at {@code readAt}; false when none is held. */
    boolean remove(UUID traceId, long readAt) {
        for (int i = firstAtOrAfter(readAt); i < reads.size() && reads.get(i).readAt() == readAt; i++) {
            if (reads.get(i).sourceTraceId().equals(traceId)) {
                reads.remove(i);
                return true;
            }
        }
        return false;
    }

    /** Removes the reads made before {@code before}; answers how many. */
    int removeBefore(long before) {
        int count = firstAtOrAfter(before);
        reads.subList(0, count).clear();
        return count;
    }

    /** The newest read made at {@code since} or later, or null. */
    ReadValue newestSince(long since) {
        if (reads.isEmpty()) {
            return null;
        }
        ReadValue newest = reads.get(reads.size() - 1);
        return newest.readAt() >= since ? newest : null;
    }

    /** Adds the reads made at {@code since} or later to {@code out}, newest first. */
    void newestFirstSince(long since, List<ReadValue> out) {
        for (int i = reads.size() - 1; i >= 0 && reads.get(i).readAt() >= since; i--) {
            out.add(reads.get(i));
        }
    }

    boolean isEmpty() {
        return reads.isEmpty();
    }

    int size() {
        return reads.size();
    }

    /** The index of the first read made at {@code time} or later (the end when none is). */
    private int firstAtOrAfter(long time) {
        int low = 0;
        int high = reads.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (reads.get(middle).readAt() < time) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
