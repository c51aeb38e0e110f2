-- Classifications of upstream responses (POST /v1/scan/response): kept for forensics and for the read-then-write
-- exfiltration signal. Types, counts and keyed fingerprints only, never content.

CREATE TABLE response_scans (
    id                    UUID          PRIMARY KEY,
    tenant_id             UUID          NOT NULL,
    env_name              VARCHAR(100)  NOT NULL,
    trace_id              UUID          NOT NULL,
    response_status       INTEGER,
    data_classes          VARCHAR(500)  NOT NULL,
    entity_types          VARCHAR(2000) NOT NULL,
    fields_redacted_count INTEGER       NOT NULL,
    content_fingerprint   VARCHAR(64)   NOT NULL,
    created_at            BIGINT        NOT NULL
);
CREATE INDEX response_scans_by_trace ON response_scans (tenant_id, trace_id);
