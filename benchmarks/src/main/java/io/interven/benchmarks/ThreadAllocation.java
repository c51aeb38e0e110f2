package io.interven.benchmarks;

import java.lang.management.ManagementFactory;

/**
 * The bytes the current thread has allocated so far, as the JVM counts them (HotSpot's thread allocation counter):
 * the difference of two readings around a pass is what the pass allocated, exactly, with no sampling.
 */
final class ThreadAllocation {
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private ThreadAllocation() {
    }

    static long bytes() {
        return THREADS.getCurrentThreadAllocatedBytes();
    }
}
