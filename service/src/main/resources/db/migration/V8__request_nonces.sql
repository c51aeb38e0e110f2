-- request_nonces: the nonces of signed requests, kept only while a request carrying them could still be inside the
-- replay window (expires_at, epoch milliseconds). The primary key makes a nonce usable once per tenant, whatever
-- gateway node receives it: a second insert of the same nonce fails, and that failure is the replay. Expired rows
-- are swept by expires_at.

CREATE TABLE request_nonces (
    tenant_id  UUID         NOT NULL,
    nonce      VARCHAR(128) NOT NULL,
    expires_at BIGINT       NOT NULL,
    PRIMARY KEY (tenant_id, nonce)
);
CREATE INDEX request_nonces_by_expiry ON request_nonces (expires_at);
