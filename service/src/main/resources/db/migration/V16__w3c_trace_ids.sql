-- traces.w3c_trace_id: the W3C trace id (32 lower-case hex characters) of the request that made the scan: the
-- caller's traceparent trace id when it sent a valid one, else the one the gateway started; null on traces written
-- before it was stored. An id only: never the traceparent or tracestate as sent.
ALTER TABLE traces ADD COLUMN w3c_trace_id VARCHAR(32);
