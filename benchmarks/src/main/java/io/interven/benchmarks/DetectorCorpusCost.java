package io.interven.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.interven.gateway.api.ScanRequestParser;
import io.interven.gateway.core.DetectorRunner;
import io.interven.gateway.core.fields.CallSlots;
import io.interven.spi.Detector;
import io.interven.spi.ScanField;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What each loaded detector costs alone over the dev corpus: the fields of every call (as the pipeline extracts and
 * decodes them) are handed to one detector at a time, pass after pass, and the fastest of the second half of the
 * passes is printed per detector, in milliseconds and in MB/s of the calls' scan requests ({@link DevCorpus}). A
 * detector of a plugin jar in {@code -Dinterven.plugins.dir} is measured like the built-in ones, so an operator can
 * see what a custom detector adds before deploying it. {@code -Donly=<part of a class name>} measures those only;
 * {@code -Dpasses} (default 40) sets the passes per detector. Without {@code -Donly}, two more lines: every detector
 * over each call in turn (as the pipeline runs them), and the same with the call's fields extracted again right
 * before (as the pipeline does): what the detectors cost beside each other and beside extraction rather than alone.
 *
 * <pre>java -Dinterven.plugins.dir=plugins -cp benchmarks/target/benchmarks.jar io.interven.benchmarks.DetectorCorpusCost</pre>
 */
public final class DetectorCorpusCost {

    private DetectorCorpusCost() {
    }

    public static void main(String[] args) throws Exception {
        int passes = Integer.getInteger("passes", 40);
        String only = System.getProperty("only", "");
        ObjectMapper json = new ObjectMapper();
        List<DevCorpus.Call> calls = DevCorpus.load();
        double megabytes = DevCorpus.totalBytes(calls) / 1048576.0;
        try (LoadedPipeline loaded = new LoadedPipeline()) {
            List<List<ScanField>> fieldsOfCalls = new ArrayList<>();
            for (DevCorpus.Call call : calls) {
                var parsed = ScanRequestParser.parse(json.readTree(call.request()));
                fieldsOfCalls.add(CallSlots.of(parsed.url(), parsed.headers(), parsed.body()).fields());
            }
            for (Detector detector : loaded.plugins.detectors()) {
                if (!detector.getClass().getName().contains(only)) {
                    continue;
                }
                DetectorRunner runner = new DetectorRunner(List.of(detector));
                long fastest = fastestPass(runner, fieldsOfCalls, passes);
                System.out.printf(Locale.ROOT, "%-44s %7.1f ms a pass  %6.1f MB/s  %5d findings a pass%n",
                        detector.getClass().getName(), fastest / 1e6, megabytes / (fastest / 1e9),
                        findingsOf(runner, fieldsOfCalls));
            }
            if (only.isEmpty()) {
                DetectorRunner all = new DetectorRunner(loaded.plugins.detectors());
                System.out.printf(Locale.ROOT, "%-44s %7.1f ms a pass%n", "every detector, a call at a time",
                        fastestPass(all, fieldsOfCalls, passes) / 1e6);
                System.out.printf(Locale.ROOT, "%-44s %7.1f ms a pass (the detectors' part)%n",
                        "the same, each call extracted right before", fastestAfterExtraction(all, calls, json, passes)
                                / 1e6);
            }
        }
    }

    /**
     * The fastest of the second half of {@code passes} passes of {@code runner} over every call, each call's fields
     * extracted right before its detection; only the detection is timed.
     */
    private static long fastestAfterExtraction(DetectorRunner runner, List<DevCorpus.Call> calls, ObjectMapper json,
                                               int passes) throws java.io.IOException {
        List<io.interven.gateway.api.ScanRequest> parsed = new ArrayList<>(calls.size());
        for (DevCorpus.Call call : calls) {
            parsed.add(ScanRequestParser.parse(json.readTree(call.request())));
        }
        long fastest = Long.MAX_VALUE;
        int findings = 0;
        for (int pass = 0; pass < passes; pass++) {
            long detecting = 0;
            for (io.interven.gateway.api.ScanRequest call : parsed) {
                List<ScanField> fields = CallSlots.of(call.url(), call.headers(), call.body()).fields();
                long start = System.nanoTime();
                findings += runner.detect(fields).size();
                detecting += System.nanoTime() - start;
            }
            if (pass >= passes / 2 && findings >= 0) { // the count is read, so the passes cannot be left out
                fastest = Math.min(fastest, detecting);
            }
        }
        return fastest;
    }

    /** The fastest of the second half of {@code passes} passes over every call's fields, in nanoseconds. */
    private static long fastestPass(DetectorRunner runner, List<List<ScanField>> fieldsOfCalls, int passes) {
        long fastest = Long.MAX_VALUE;
        for (int pass = 0; pass < passes; pass++) {
            long start = System.nanoTime();
            int findings = findingsOf(runner, fieldsOfCalls);
            long took = System.nanoTime() - start;
            if (pass >= passes / 2 && findings >= 0) { // the count is read, so the passes cannot be left out
                fastest = Math.min(fastest, took);
            }
        }
        return fastest;
    }

    private static int findingsOf(DetectorRunner runner, List<List<ScanField>> fieldsOfCalls) {
        int findings = 0;
        for (List<ScanField> fields : fieldsOfCalls) {
            findings += runner.detect(fields).size();
        }
        return findings;
    }
}
