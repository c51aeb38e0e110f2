-- read_values: keyed hashes (HMAC-SHA256 under a key derived from the tenant's salt) of the sensitive values and
-- text fragments found in the answer to an agent's READ call (POST /v1/scan/response), never the values, so that a
-- later WRITE carrying one of them can name the call that read it. tool_name, operation and host describe that READ
-- call. read_at is epoch milliseconds, written_at when a node wrote the row (what the other nodes' refresh reads); rows older than the read-value window are swept.
CREATE TABLE read_values (
    tenant_id       UUID         NOT NULL,
    value_hash      CHAR(64)     NOT NULL,
    source_trace_id UUID         NOT NULL,
    agent_id        VARCHAR(64)  NOT NULL,
    read_at         BIGINT       NOT NULL,
    tool_name       VARCHAR(128) NOT NULL,
    operation       VARCHAR(128) NOT NULL,
    host            VARCHAR(255) NOT NULL,
    written_at      BIGINT       NOT NULL,
    PRIMARY KEY (tenant_id, value_hash, source_trace_id)
);
CREATE INDEX read_values_by_read_at ON read_values (read_at);
CREATE INDEX read_values_by_write ON read_values (written_at);
