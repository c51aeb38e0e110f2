package io.interven.gateway.history;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Reads of one value, oldest first, each trace's once; reads made at the same instant are held newest added first,
 * so that read from the end they come in the order they were added. Reads arrive nearly in order (this node's at
 * once, other nodes' a refresh later), so adding is an append but for the few that come late; the newest since a
 * time is the last, and the reads since a time are a tail. The oldest leave first (by age, or past the cache's
 * capacity), so the held reads start at {@code head} of their array and leaving moves it on; the array is compacted
 * when its free front is as large as what it holds. A trace reads a value at one instant (the time recorded with it
 * on every node), so a trace's read is looked for among the reads of its instant only. Not thread-safe: the cache
 * guards each value's reads.
 */
final class ReadsInTime {
    private ReadValue[] reads = new ReadValue[1];
    /** The held reads are {@code reads[head, end)}. */
    private int head;
    private int end;

    /** Adds {@code read} in its place by time; false when this trace's read is held already. */
    boolean add(ReadValue read) {
        int at = firstAtOrAfter(read.readAt());
        for (int i = at; i < end && reads[i].readAt() == read.readAt(); i++) {
            if (reads[i].sourceTraceId().equals(read.sourceTraceId())) {
                return false;
            }
        }
        if (end == reads.length) {
            at -= head;
            compact(Math.max(2 * size(), 1) + 1);
            at += head;
        }
        System.arraycopy(reads, at, reads, at + 1, end - at);
        reads[at] = read;
        end++;
        return true;
    }

    /** Removes the read of {@code traceId} made at {@code readAt}; false when none is held. */
    boolean remove(UUID traceId, long readAt) {
        for (int i = firstAtOrAfter(readAt); i < end && reads[i].readAt() == readAt; i++) {
            if (reads[i].sourceTraceId().equals(traceId)) {
                if (i == head) {
                    reads[head++] = null;
                } else {
                    System.arraycopy(reads, i + 1, reads, i, end - i - 1);
                    reads[--end] = null;
                }
                shrunk();
                return true;
            }
        }
        return false;
    }

    /** Removes the reads made before {@code before}; answers how many. */
    int removeBefore(long before) {
        int until = firstAtOrAfter(before);
        int count = until - head;
        Arrays.fill(reads, head, until, null);
        head = until;
        shrunk();
        return count;
    }

    /** The newest read made at {@code since} or later, or null. */
    ReadValue newestSince(long since) {
        if (end == head) {
            return null;
        }
        ReadValue newest = reads[end - 1];
        return newest.readAt() >= since ? newest : null;
    }

    /** Adds the reads made at {@code since} or later to {@code out}, newest first. */
    void newestFirstSince(long since, List<ReadValue> out) {
        for (int i = end - 1; i >= head && reads[i].readAt() >= since; i--) {
            out.add(reads[i]);
        }
    }

    boolean isEmpty() {
        return end == head;
    }

    int size() {
        return end - head;
    }

    /** Moves the held reads to the front once the free front is as large as they are (or all are gone). */
    private void shrunk() {
        if (head == end) {
            head = 0;
            end = 0;
        } else if (head >= size()) {
            compact(reads.length);
        }
    }

    /** The held reads moved to the front of an array of {@code capacity}. */
    private void compact(int capacity) {
        int size = size();
        ReadValue[] moved = capacity == reads.length ? reads : new ReadValue[capacity];
        System.arraycopy(reads, head, moved, 0, size);
        if (moved == reads) {
            Arrays.fill(reads, size, end, null);
        }
        reads = moved;
        head = 0;
        end = size;
    }

    /** The index of the first held read made at {@code time} or later ({@code end} when none is). */
    private int firstAtOrAfter(long time) {
        int low = head;
        int high = end;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (reads[middle].readAt() < time) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
