-- Versioned policies; approvals that can be reused while open; trace columns for monitor mode and simulation.

CREATE TABLE policies (
    id             UUID         PRIMARY KEY,
    tenant_id      UUID         NOT NULL REFERENCES tenants (id),
    env_name       VARCHAR(100) NOT NULL,
    name           VARCHAR(200) NOT NULL,
    latest_version INTEGER      NOT NULL,
    created_at     BIGINT       NOT NULL,
    UNIQUE (tenant_id, env_name, name)
);

-- History is never rewritten: every change of content, disabling included, is a new row.
CREATE TABLE policy_versions (
    policy_id    UUID          NOT NULL REFERENCES policies (id),
    version      INTEGER       NOT NULL,
    description  VARCHAR(2000) NOT NULL,
    mode         VARCHAR(16)   NOT NULL,
    enabled      BOOLEAN       NOT NULL,
    rules_json   VARCHAR       NOT NULL,
    content_hash VARCHAR(64)   NOT NULL,
    created_at   BIGINT        NOT NULL,
    created_by   UUID,
    PRIMARY KEY (policy_id, version)
);

-- open_key is set while an approval can still be used (pending, or approved and not yet consumed), and cleared
-- when it is denied, consumed or found expired; its uniqueness makes "one open approval per exact call" hold
-- across gateway nodes.
ALTER TABLE approvals ADD COLUMN open_key VARCHAR(200);
CREATE UNIQUE INDEX approvals_open_call ON approvals (open_key);
ALTER TABLE approvals ADD COLUMN consumed_at BIGINT;

-- path: the URL path with data findings redacted (for policy simulation); monitor_json: what monitor-mode
-- rules would have decided.
ALTER TABLE traces ADD COLUMN path VARCHAR(2000);
ALTER TABLE traces ADD COLUMN monitor_json VARCHAR;
