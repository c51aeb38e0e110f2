-- inbound_routes: the destination-side routes of /inbound/{prefix}/*, one row per route. prefix is unique across
-- the gateway (every tenant's routes share one namespace of paths), so it is the key; tenant_id says whose route it
-- is and every admin statement names it. upstream_base_url is stored normalized (https, no user-info, query or
-- fragment, no trailing slash). allowed_methods is a comma-separated list in upper case; timeouts are milliseconds;
-- times are epoch milliseconds.
--
-- The credential the route injects is stored encrypted only (AES-256-GCM under the gateway's master key):
-- credential_ciphertext and credential_nonce are base64 (the ciphertext carries the GCM tag), credential_key_id is
-- a short digest naming the master key it was sealed with, never the key. credential_type is header, basic,
-- bearer or query; credential_name is the header or query parameter name (not secret) and null for basic and
-- bearer: a basic credential keeps its username inside the ciphertext. The ciphertext is bound to its tenant,
-- prefix, type and name (authenticated data), so one copied to another row does not decrypt.
CREATE TABLE inbound_routes (
    prefix                VARCHAR(63)    NOT NULL,
    tenant_id             UUID           NOT NULL,
    upstream_base_url     VARCHAR(2048)  NOT NULL,
    credential_type       VARCHAR(16)    NOT NULL,
    credential_name       VARCHAR(256),
    credential_ciphertext VARCHAR(20000) NOT NULL,
    credential_nonce      VARCHAR(32)    NOT NULL,
    credential_key_id     VARCHAR(32)    NOT NULL,
    allowed_methods       VARCHAR(64)    NOT NULL,
    env_name              VARCHAR(100)   NOT NULL,
    platform              VARCHAR(40)    NOT NULL,
    connect_timeout_ms    INTEGER        NOT NULL,
    response_timeout_ms   INTEGER        NOT NULL,
    created_at            BIGINT         NOT NULL,
    updated_at            BIGINT         NOT NULL,
    PRIMARY KEY (prefix),
    FOREIGN KEY (tenant_id, env_name) REFERENCES environments (tenant_id, name)
);
CREATE INDEX inbound_routes_by_tenant ON inbound_routes (tenant_id);
