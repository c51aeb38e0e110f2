package io.interven.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.interven.gateway.api.ScanRequest;
import io.interven.gateway.api.ScanRequestParser;
import io.interven.gateway.core.fields.CallSlots;
import io.interven.gateway.core.fields.JoinedValues;
import io.interven.spi.ScanField;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What field extraction alone costs over the dev corpus: every call's URL, headers and body read into fields, each
 * encoding and spelling tried ({@code CallSlots.of}), pass after pass; the fastest of the second half of the passes
 * is printed. The whole-pipeline benchmark moves by more than a reader costs from one JVM to the next on this machine;
 * the fastest pass of this part alone, run for two builds in turn, tells a few milliseconds apart. The joins of
 * pieces ({@code JoinedValues.of} over each call's slots, scanned beside the fields) are timed the same way, and their
 * fields and characters counted. {@code -Dpasses} (default 60) sets the passes.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar io.interven.benchmarks.DevCorpusExtractionCost</pre>
 */
public final class DevCorpusExtractionCost {
    private DevCorpusExtractionCost() {
    }

    public static void main(String[] args) throws Exception {
        int passes = Integer.getInteger("passes", 60);
        ObjectMapper json = new ObjectMapper();
        List<DevCorpus.Call> calls = DevCorpus.load();
        List<ScanRequest> parsed = new ArrayList<>(calls.size());
        for (DevCorpus.Call call : calls) {
            parsed.add(ScanRequestParser.parse(json.readTree(call.request())));
        }
        long fastest = Long.MAX_VALUE;
        long fields = 0;
        for (int pass = 0; pass < passes; pass++) {
            long start = System.nanoTime();
            fields = 0;
            for (ScanRequest call : parsed) {
                fields += CallSlots.of(call.url(), call.headers(), call.body()).fields().size();
            }
            long took = System.nanoTime() - start;
            if (pass >= passes / 2) {
                fastest = Math.min(fastest, took);
            }
        }
        System.out.printf(Locale.ROOT, "field extraction: %.1f ms a pass (fastest of the last %d), %d fields%n",
                fastest / 1e6, passes - passes / 2, fields);
        List<CallSlots> extracted = new ArrayList<>(parsed.size());
        for (ScanRequest call : parsed) {
            extracted.add(CallSlots.of(call.url(), call.headers(), call.body()));
        }
        long fastestJoins = Long.MAX_VALUE;
        long joins = 0;
        long joinedChars = 0;
        for (int pass = 0; pass < passes; pass++) {
            long start = System.nanoTime();
            joins = 0;
            joinedChars = 0;
            for (CallSlots call : extracted) {
                for (ScanField join : JoinedValues.of(call.outsideBody(), call.body()).fields()) {
                    joins++;
                    joinedChars += join.text().length();
                }
            }
            long took = System.nanoTime() - start;
            if (pass >= passes / 2) {
                fastestJoins = Math.min(fastestJoins, took);
            }
        }
        System.out.printf(Locale.ROOT, "joins of pieces: %.1f ms a pass (fastest of the last %d), %d joined fields"
                + " of %d characters%n", fastestJoins / 1e6, passes - passes / 2, joins, joinedChars);
    }
}
