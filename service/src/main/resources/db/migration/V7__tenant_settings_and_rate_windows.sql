-- tenant_settings: one row per tenant that changed a setting; a tenant without a row has the defaults.
-- rate_limit_per_minute null = the gateway's configured default.
CREATE TABLE tenant_settings (
    tenant_id               UUID     PRIMARY KEY REFERENCES tenants (id),
    rate_limit_per_minute   INTEGER,
    require_signed_requests BOOLEAN  NOT NULL,
    updated_at              BIGINT   NOT NULL
);

-- rate_windows: scans counted per tenant and fixed minute (window_start in epoch milliseconds), shared by every
-- node on the database; budget is the limit that applied to the last counted scan of the window.
CREATE TABLE rate_windows (
    tenant_id    UUID     NOT NULL,
    window_start BIGINT   NOT NULL,
    used         INTEGER  NOT NULL,
    budget       INTEGER  NOT NULL,
    PRIMARY KEY (tenant_id, window_start)
);
