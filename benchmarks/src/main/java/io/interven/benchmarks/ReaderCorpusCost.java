package io.interven.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.interven.gateway.api.ScanRequest;
import io.interven.gateway.api.ScanRequestParser;
import io.interven.gateway.core.fields.CallSlots;
import io.interven.gateway.core.fields.FieldReaders;
import io.interven.spi.ScanField;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * What each reader of field extraction costs over the dev corpus: every field of every call (as {@code CallSlots}
 * gives them) read by one gate or one reader behind its gate ({@link FieldReaders}), pass after pass; the fastest of
 * the second half of the passes is printed, with the bytes it allocated in its last pass and how many texts the gate
 * passed or the reader found runs in (allocation is what a scan pays twice: the collector's work, and the caches it
 * sweeps between the stages of a call). A
 * reader measured after the others is measured as warm; {@code -Donly=<name prefix>} measures one alone, {@code
 * -Dpasses} (default 40) sets the passes.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar io.interven.benchmarks.ReaderCorpusCost</pre>
 */
public final class ReaderCorpusCost {
    private ReaderCorpusCost() {
    }

    public static void main(String[] args) throws Exception {
        int passes = Integer.getInteger("passes", 40);
        String only = System.getProperty("only", "");
        ObjectMapper json = new ObjectMapper();
        List<String> texts = new ArrayList<>();
        for (DevCorpus.Call call : DevCorpus.load()) {
            ScanRequest parsed = ScanRequestParser.parse(json.readTree(call.request()));
            for (ScanField field : CallSlots.of(parsed.url(), parsed.headers(), parsed.body()).fields()) {
                texts.add(field.text());
            }
        }
        long characters = texts.stream().mapToLong(String::length).sum();
        System.out.printf(Locale.ROOT, "%d texts, %d characters%n", texts.size(), characters);
        for (Map.Entry<String, ToIntFunction<String>> reader : FieldReaders.gatesAndReaders().entrySet()) {
            if (!reader.getKey().startsWith(only)) {
                continue;
            }
            long fastest = Long.MAX_VALUE;
            int found = 0;
            long allocated = 0;
            for (int pass = 0; pass < passes; pass++) {
                long allocatedBefore = ThreadAllocation.bytes();
                long start = System.nanoTime();
                found = 0;
                for (String text : texts) {
                    found += reader.getValue().applyAsInt(text) > 0 ? 1 : 0;
                }
                long took = System.nanoTime() - start;
                allocated = ThreadAllocation.bytes() - allocatedBefore;
                if (pass >= passes / 2) {
                    fastest = Math.min(fastest, took);
                }
            }
            System.out.printf(Locale.ROOT,
                    "%-30s %7.2f ms a pass %6.2f ns a character %8.2f MB allocated a pass   passed or found in %d texts%n",
                    reader.getKey(), fastest / 1e6, (double) fastest / characters, allocated / 1e6, found);
        }
    }
}
