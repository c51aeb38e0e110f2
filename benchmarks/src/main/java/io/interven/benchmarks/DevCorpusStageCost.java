package io.interven.benchmarks;

import io.interven.gateway.api.ScanRequest;
import io.interven.gateway.core.ScanMeters;
import io.interven.gateway.core.ScanStage;
import io.interven.gateway.core.StageTimer;
import io.interven.gateway.policy.Decision;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where the whole pipeline's time and allocation go over the dev corpus: every call scanned in order, pass after pass,
 * with the pipeline's own stage and detector timers (those the server exports as metrics) reporting to this program;
 * for the fastest of the second half of the passes it prints each part's milliseconds and the bytes it allocated
 * (read from the thread's allocation counter at the end of each part, so the bytes are exact, not sampled). The
 * detectors' parts are inside {@code detect}, which shows what is left besides them (normalizing the fields, pairing
 * and triaging findings). {@code parse} is reading the scan request's JSON, before the pipeline; {@code outside the
 * stages} is what the pipeline does between them (the call's host and fingerprint, the outcome). Stages a scan in
 * process never runs (authentication, approvals, the trace) are left out. {@code -Dpasses} (default 40).
 *
 * <pre>java -Dinterven.plugins.dir=plugins -cp benchmarks/target/benchmarks.jar io.interven.benchmarks.DevCorpusStageCost</pre>
 */
public final class DevCorpusStageCost {
    private static final String PARSE = "parse";
    private static final String OUTSIDE = "outside the stages";
    private static final String DETECTOR = "  detector ";

    private DevCorpusStageCost() {
    }

    /** Each part's nanoseconds and bytes in the current pass, by part; parts report on the scanning thread only. */
    private static final class Parts implements ScanMeters {
        final Map<String, long[]> nanosAndBytes = new LinkedHashMap<>();
        private long lastBytes;

        long[] part(String name) {
            return nanosAndBytes.computeIfAbsent(name, n -> new long[2]);
        }

        /** Whatever was allocated since the last part ended belongs to the part ending now. */
        StageTimer timer(String name) {
            long[] part = part(name);
            return nanos -> {
                long bytes = ThreadAllocation.bytes();
                part[0] += nanos;
                part[1] += bytes - lastBytes;
                lastBytes = bytes;
            };
        }

        void mark() {
            lastBytes = ThreadAllocation.bytes();
        }

        void reset() {
            nanosAndBytes.values().forEach(part -> {
                part[0] = 0;
                part[1] = 0;
            });
        }

        @Override
        public StageTimer stage(ScanStage stage) {
            return timer(stage.label());
        }

        @Override
        public StageTimer detector(String detectorId) {
            return timer(DETECTOR + detectorId);
        }

        @Override
        public void decided(Decision decision, String toolName) {
        }
    }

    public static void main(String[] args) throws Exception {
        int passes = Integer.getInteger("passes", 40);
        List<DevCorpus.Call> calls = DevCorpus.load();
        double megabytes = DevCorpus.totalBytes(calls) / 1048576.0;
        Parts parts = new Parts();
        StageTimer parse = parts.timer(PARSE);
        try (LoadedPipeline loaded = new LoadedPipeline(parts)) {
            long fastest = Long.MAX_VALUE;
            long fastestBytes = 0;
            Map<String, long[]> fastestParts = Map.of();
            for (int pass = 0; pass < passes; pass++) {
                parts.reset();
                long passBytes = ThreadAllocation.bytes();
                long passStart = System.nanoTime();
                for (DevCorpus.Call call : calls) {
                    long start = System.nanoTime();
                    parts.mark();
                    ScanRequest parsed = LoadedPipeline.parse(call.request());
                    parse.lap(start);
                    loaded.scan(parsed);
                }
                long took = System.nanoTime() - passStart;
                if (pass >= passes / 2 && took < fastest) {
                    fastest = took;
                    fastestBytes = ThreadAllocation.bytes() - passBytes;
                    fastestParts = copy(parts.nanosAndBytes);
                }
            }
            report(fastestParts, fastest, fastestBytes, megabytes, passes);
        }
    }

    private static Map<String, long[]> copy(Map<String, long[]> parts) {
        Map<String, long[]> copy = new LinkedHashMap<>();
        parts.forEach((name, part) -> copy.put(name, part.clone()));
        return copy;
    }

    private static void report(Map<String, long[]> parts, long passNanos, long passBytes, double megabytes,
                               int passes) {
        // a detector's time is inside the detect stage's; its bytes were counted apart, so they are added back
        long detectorBytes = 0;
        for (Map.Entry<String, long[]> part : parts.entrySet()) {
            if (part.getKey().startsWith(DETECTOR)) {
                detectorBytes += part.getValue()[1];
            }
        }
        long stagedNanos = 0;
        long stagedBytes = 0;
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, long[]> part : parts.entrySet()) {
            long nanos = part.getValue()[0];
            long bytes = part.getValue()[1] + (part.getKey().equals(ScanStage.DETECT.label()) ? detectorBytes : 0);
            if (part.getKey().startsWith(DETECTOR) || nanos == 0 && bytes == 0) {
                continue;
            }
            stagedNanos += nanos;
            stagedBytes += bytes;
            lines.add(line(part.getKey(), nanos, bytes, passNanos));
            if (part.getKey().equals(ScanStage.DETECT.label())) {
                parts.forEach((name, detector) -> {
                    if (name.startsWith(DETECTOR)) {
                        lines.add(line(name, detector[0], detector[1], passNanos));
                    }
                });
            }
        }
        lines.add(line(OUTSIDE, passNanos - stagedNanos, passBytes - stagedBytes, passNanos));
        System.out.printf(Locale.ROOT, "fastest of the last %d of %d passes: %.1f ms (%.2f MB/s), %.1f MB allocated%n",
                passes - passes / 2, passes, passNanos / 1e6, megabytes / (passNanos / 1e9), passBytes / 1e6);
        lines.forEach(System.out::println);
    }

    private static String line(String name, long nanos, long bytes, long passNanos) {
        return String.format(Locale.ROOT, "%-28s %8.1f ms %5.1f%% %9.1f MB allocated", name, nanos / 1e6,
                100.0 * nanos / passNanos, bytes / 1e6);
    }
}
