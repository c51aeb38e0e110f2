package io.interven.gateway.metrics;

import io.interven.gateway.trace.TraceWriter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.FunctionTimer;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.TimeUnit;

/**
 * The trace writer's queue: {@code interven_trace_queue_depth} (traces reserved or waiting to be written),
 * {@code interven_trace_queue_capacity}, {@code interven_traces_dropped_total} (answered scans whose trace was never
 * written: must stay 0), {@code interven_traces_minimal_total} (traces kept only as their minimal trace) and
 * {@code interven_trace_inserts_seconds} (count and sum: the writer's insert statements and the time they took).
 */
final class TraceQueueMeters {
    private TraceQueueMeters() {
    }

    static void bind(MeterRegistry registry, TraceWriter writer) {
        Gauge.builder("interven.trace.queue.depth", writer, TraceWriter::waiting)
                .description("Traces reserved by a scan or waiting to be written to the database")
                .strongReference(true).register(registry);
        Gauge.builder("interven.trace.queue.capacity", writer, TraceWriter::capacity)
                .description("Traces the queue holds at most; past it scans answer 503 TRACE_BUFFER_FULL")
                .strongReference(true).register(registry);
        FunctionCounter.builder("interven.traces.dropped", writer, TraceWriter::dropped)
                .description("Traces of answered scans that were never written (must stay 0)")
                .register(registry);
        FunctionCounter.builder("interven.traces.minimal", writer, TraceWriter::keptMinimal)
                .description("Traces whose row was refused and that were kept as their minimal trace")
                .register(registry);
        FunctionTimer.builder("interven.trace.inserts", writer, TraceWriter::inserts, TraceWriter::insertNanos,
                        TimeUnit.NANOSECONDS)
                .description("The trace writer's insert statements (a batch, or one row of a refused batch), "
                        + "written or failed, and the time they took")
                .register(registry);
    }
}
