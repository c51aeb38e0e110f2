package io.interven.benchmarks;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Cost per KB of each call of the dev corpus through the whole pipeline, after warm-up: every call is scanned once
 * per round, in file order, for {@code -Drounds} rounds (default 9); a call's cost is the median of its rounds,
 * divided by its scan request's size ({@link DevCorpus}). Prints the median and the largest cost per KB over the
 * calls, their ratio, and the costliest calls by corpus id (never their content).
 *
 * <pre>java -Dinterven.plugins.dir=plugins -cp benchmarks/target/benchmarks.jar io.interven.benchmarks.DevCorpusCallCost</pre>
 *
 * <p>With {@code -Dcall=<id>} it scans that one call for {@code -Dseconds} (default 20) after the warm-up instead,
 * to profile it alone.
 */
public final class DevCorpusCallCost {

    private DevCorpusCallCost() {
    }

    /** One call's measurement. */
    record Cost(String id, int bytes, long medianNanos) {
        double microsPerKb() {
            return medianNanos / 1000.0 / (bytes / 1024.0);
        }
    }

    public static void main(String[] args) throws Exception {
        int warmupPasses = Integer.getInteger("warmup", 40);
        int rounds = Integer.getInteger("rounds", 9);
        int worst = Integer.getInteger("worst", 10);
        List<DevCorpus.Call> calls = DevCorpus.load();
        try (LoadedPipeline loaded = new LoadedPipeline()) {
            for (int pass = 0; pass < warmupPasses; pass++) {
                for (DevCorpus.Call call : calls) {
                    loaded.scanRequest(call.request());
                }
            }
            String only = System.getProperty("call");
            if (only != null) {
                repeat(loaded, calls, only, Integer.getInteger("seconds", 20));
                return;
            }
            List<Cost> costs = measure(loaded, calls, rounds);
            report(costs, rounds, warmupPasses, worst);
        }
    }

    /** One call scanned again and again for {@code seconds}, to profile it alone ({@code -Dcall=<id>}). */
    private static void repeat(LoadedPipeline loaded, List<DevCorpus.Call> calls, String id, int seconds)
            throws IOException {
        byte[] request = calls.stream().filter(call -> call.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no call " + id + " in the corpus")).request();
        long until = System.nanoTime() + seconds * 1_000_000_000L;
        long scans = 0;
        long start = System.nanoTime();
        while (System.nanoTime() < until) {
            loaded.scanRequest(request);
            scans++;
        }
        System.out.printf(Locale.ROOT, "%s: %d bytes, %d scans, %.1f us per scan%n", id, request.length, scans,
                (System.nanoTime() - start) / 1000.0 / scans);
    }

    static List<Cost> measure(LoadedPipeline loaded, List<DevCorpus.Call> calls, int rounds) throws IOException {
        long[][] nanos = new long[calls.size()][rounds];
        for (int round = 0; round < rounds; round++) {
            for (int i = 0; i < calls.size(); i++) {
                byte[] request = calls.get(i).request();
                long start = System.nanoTime();
                loaded.scanRequest(request);
                nanos[i][round] = System.nanoTime() - start;
            }
        }
        List<Cost> costs = new ArrayList<>(calls.size());
        for (int i = 0; i < calls.size(); i++) {
            long[] samples = nanos[i];
            Arrays.sort(samples);
            costs.add(new Cost(calls.get(i).id(), calls.get(i).request().length, samples[rounds / 2]));
        }
        return costs;
    }

    private static void report(List<Cost> costs, int rounds, int warmupPasses, int worst) {
        double[] perKb = costs.stream().mapToDouble(Cost::microsPerKb).sorted().toArray();
        double median = perKb.length % 2 == 1 ? perKb[perKb.length / 2]
                : (perKb[perKb.length / 2 - 1] + perKb[perKb.length / 2]) / 2;
        double max = perKb[perKb.length - 1];
        long bytes = costs.stream().mapToLong(Cost::bytes).sum();
        long nanos = costs.stream().mapToLong(Cost::medianNanos).sum();
        System.out.printf(Locale.ROOT, "%d calls, %d bytes, %d warm-up passes, median of %d rounds per call%n",
                costs.size(), bytes, warmupPasses, rounds);
        System.out.printf(Locale.ROOT, "sum of the calls' medians: %.1f ms, %.1f MB/s%n", nanos / 1e6,
                bytes / 1048576.0 / (nanos / 1e9));
        System.out.printf(Locale.ROOT, "cost per KB: median %.1f us, p90 %.1f us, max %.1f us, max/median %.2f%n",
                median, perKb[(int) (perKb.length * 0.9)], max, max / median);
        System.out.println("costliest calls per KB:");
        costs.stream().sorted(Comparator.comparingDouble(Cost::microsPerKb).reversed()).limit(worst)
                .forEach(cost -> System.out.printf(Locale.ROOT, "  %-14s %7d bytes %9.1f us %8.1f us/KB %6.2fx%n",
                        cost.id(), cost.bytes(), cost.medianNanos() / 1000.0, cost.microsPerKb(),
                        cost.microsPerKb() / median));
    }
}
