package io.interven.gateway.wiring;

import io.interven.gateway.resources.IssuedTraces;
import io.interven.gateway.resources.TraceResource;
import io.interven.gateway.telemetry.RequestTrace;
import io.interven.gateway.trace.RecordedCalls;
import io.interven.gateway.trace.ResponseScans;
import io.interven.gateway.trace.TraceRecordFactory;
import io.interven.gateway.trace.TraceSearch;
import io.interven.gateway.trace.TraceWriter;

/**
 * What every scan leaves behind: trace rows built without raw values, written in batches off the request thread,
 * searchable by analysts, and replayable by policy simulation. Each names the W3C trace of the request that made it
 * ({@link RequestTrace#currentTraceId()}).
 */
public record TracesArea(TraceRecordFactory records, TraceWriter writer, RecordedCalls recordedCalls,
                         IssuedTraces issued, TraceSearch search, ResponseScans responseScans) {
    /**
     * Trace ids of recent scans kept in memory until their batch is stored (read-your-writes of trace_id); never
     * fewer than the trace buffer holds, so that a trace still waiting for the database is remembered.
     */
    private static final int ISSUED_TRACES_REMEMBERED = 32_768;

    public static TracesArea wire(Foundation base) {
        TraceWriter writer = new TraceWriter(base.jdbi(), base.config().traces.queueCapacity,
                base.config().traces.batchSize, base.config().traces.flushInterval.toMilliseconds());
        base.environment().lifecycle().manage(writer);
        base.metrics().watch(writer);
        TraceSearch search = new TraceSearch(base.jdbi());
        base.register(new TraceResource(search, writer, base.mapper()));
        return new TracesArea(new TraceRecordFactory(base.mapper(), RequestTrace::currentTraceId), writer,
                new RecordedCalls(base.jdbi(), base.mapper()), new IssuedTraces(
                        Math.max(ISSUED_TRACES_REMEMBERED, 2 * base.config().traces.queueCapacity)), search,
                new ResponseScans(base.jdbi()));
    }
}
