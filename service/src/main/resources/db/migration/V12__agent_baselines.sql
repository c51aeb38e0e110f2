-- agent_facts: what each agent of a tenant has done, one row per fact, updated incrementally by every node's
-- history writer (never a row per call). kind is 'agent' (name '', the agent itself: first_seen is when it was
-- first seen, calls how many calls it made), 'tool' (name: tool), 'operation' (name: tool + ' ' + operation),
-- 'host' (name: lower-case host) or 'hour' (name: hour of the day in UTC, 0 to 23). Names are tool, operation and
-- host names, never call content. Times are epoch milliseconds; updated_at is when a node last wrote the row, which
-- the other nodes' refresh reads. Rows whose last_seen is older than the fact retention are swept.
CREATE TABLE agent_facts (
    tenant_id  UUID         NOT NULL,
    agent_id   VARCHAR(64)  NOT NULL,
    kind       VARCHAR(16)  NOT NULL,
    name       VARCHAR(320) NOT NULL,
    first_seen BIGINT       NOT NULL,
    last_seen  BIGINT       NOT NULL,
    calls      BIGINT       NOT NULL,
    updated_at BIGINT       NOT NULL,
    PRIMARY KEY (tenant_id, agent_id, kind, name)
);
CREATE INDEX agent_facts_by_update ON agent_facts (updated_at);
CREATE INDEX agent_facts_by_last_seen ON agent_facts (last_seen);

-- agent_volume: calls per agent and minute (minute_start in epoch milliseconds), for the agent's usual rate.
-- Swept after the volume window.
CREATE TABLE agent_volume (
    tenant_id    UUID        NOT NULL,
    agent_id     VARCHAR(64) NOT NULL,
    minute_start BIGINT      NOT NULL,
    calls        BIGINT      NOT NULL,
    updated_at   BIGINT      NOT NULL,
    PRIMARY KEY (tenant_id, agent_id, minute_start)
);
CREATE INDEX agent_volume_by_update ON agent_volume (updated_at);
CREATE INDEX agent_volume_by_minute ON agent_volume (minute_start);
