-- The trace listings (GET /v1/traces, of a tenant or of one agent) answer the newest first, ties by trace id. Both
-- indexes now hold that order, creation time then trace id, both descending, so that the database reads the first
-- page straight from the index and stops; before, it read every trace of the tenant (or of the agent) and sorted
-- them, because neither index held the trace id that breaks ties. On a large PostgreSQL table the rebuild takes a
-- while and holds other nodes' trace writes until it is done: their trace buffers fill meanwhile, and a node whose
-- buffer is full answers 503 TRACE_BUFFER_FULL (nothing decided unaudited). Upgrade such a deployment when it is quiet.
DROP INDEX traces_by_tenant_time;
DROP INDEX traces_by_agent;
CREATE INDEX traces_by_tenant_time ON traces (tenant_id, created_at DESC, trace_id DESC);
CREATE INDEX traces_by_agent ON traces (tenant_id, agent_id, created_at DESC, trace_id DESC);
