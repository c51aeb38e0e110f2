-- Tenants, environments, agents, API keys, traces, approvals.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 15+. Times are epoch milliseconds (BIGINT).
-- No column ever holds a raw secret or PII value: keys are SHA-256 hashes, traces keep entity types, paths,
-- spans and keyed hashes only.

CREATE TABLE tenants (
    id          UUID         PRIMARY KEY,
    name        VARCHAR(200) NOT NULL UNIQUE,
    hmac_salt   VARCHAR(64)  NOT NULL,
    created_at  BIGINT       NOT NULL
);

CREATE TABLE environments (
    tenant_id        UUID         NOT NULL REFERENCES tenants (id),
    name             VARCHAR(100) NOT NULL,
    default_agent_id UUID,
    created_at       BIGINT       NOT NULL,
    PRIMARY KEY (tenant_id, name)
);

CREATE TABLE agents (
    id           UUID         PRIMARY KEY,
    tenant_id    UUID         NOT NULL,
    env_name     VARCHAR(100) NOT NULL,
    name         VARCHAR(200) NOT NULL,
    runtime_type VARCHAR(40)  NOT NULL,
    created_at   BIGINT       NOT NULL,
    FOREIGN KEY (tenant_id, env_name) REFERENCES environments (tenant_id, name)
);
CREATE INDEX agents_by_tenant ON agents (tenant_id, env_name);

CREATE TABLE api_keys (
    id          UUID         PRIMARY KEY,
    tenant_id   UUID         NOT NULL,
    env_name    VARCHAR(100) NOT NULL,
    key_hash    VARCHAR(64)  NOT NULL UNIQUE,
    key_prefix  VARCHAR(24)  NOT NULL,
    kind        VARCHAR(16)  NOT NULL,
    roles       VARCHAR(200) NOT NULL,
    agent_id    UUID REFERENCES agents (id),
    description VARCHAR(500),
    created_at  BIGINT       NOT NULL,
    revoked_at  BIGINT,
    FOREIGN KEY (tenant_id, env_name) REFERENCES environments (tenant_id, name)
);
CREATE INDEX api_keys_by_tenant ON api_keys (tenant_id);

CREATE TABLE traces (
    trace_id         UUID             PRIMARY KEY,
    tenant_id        UUID             NOT NULL,
    env_name         VARCHAR(100)     NOT NULL,
    agent_id         UUID,
    agent_name       VARCHAR(200),
    runtime_type     VARCHAR(40),
    created_at       BIGINT           NOT NULL,
    method           VARCHAR(16)      NOT NULL,
    host             VARCHAR(255)     NOT NULL,
    tool_name        VARCHAR(100)     NOT NULL,
    operation        VARCHAR(100)     NOT NULL,
    verb             VARCHAR(16)      NOT NULL,
    decision         VARCHAR(20)      NOT NULL,
    risk_score       DOUBLE PRECISION NOT NULL,
    risk_band        VARCHAR(16)      NOT NULL,
    reason_codes     VARCHAR(1000)    NOT NULL,
    classifications  VARCHAR(500)     NOT NULL,
    findings_json    VARCHAR          NOT NULL,
    signals_json     VARCHAR          NOT NULL,
    policy_id        VARCHAR(64),
    policy_name      VARCHAR(200),
    policy_version   INTEGER,
    rule_id          VARCHAR(200),
    approval_id      UUID,
    body_bytes       INTEGER          NOT NULL,
    body_fingerprint VARCHAR(64)      NOT NULL
);
CREATE INDEX traces_by_tenant_time ON traces (tenant_id, created_at);
CREATE INDEX traces_by_agent ON traces (tenant_id, agent_id, created_at);

CREATE TABLE approvals (
    id          UUID         PRIMARY KEY,
    tenant_id   UUID         NOT NULL,
    env_name    VARCHAR(100) NOT NULL,
    agent_id    UUID,
    call_hash   VARCHAR(64)  NOT NULL,
    trace_id    UUID         NOT NULL,
    status      VARCHAR(16)  NOT NULL,
    created_at  BIGINT       NOT NULL,
    expires_at  BIGINT       NOT NULL,
    decided_at  BIGINT,
    decided_by  UUID,
    comment     VARCHAR(2000)
);
CREATE INDEX approvals_by_call ON approvals (tenant_id, call_hash, status);
