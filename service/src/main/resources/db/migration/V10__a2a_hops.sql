-- a2a_hops: the hops of agent-to-agent delegation chains (POST /v1/a2a/scan with a chain_id), shared by every node
-- on the database. A chain is named by chain_key, a keyed hash (HMAC with the tenant's salt) of the caller's
-- chain_id, never the chain_id itself; so a chain belongs to its tenant, and the same chain_id in another tenant
-- is another chain. depth is the hop's place in its chain (1 for the first): the primary key lets one hop take
-- each place, so two hops of one chain sent at once cannot both take the last place under the depth limit.
-- Rows older than the configured retention are swept by created_at (epoch milliseconds).

CREATE TABLE a2a_hops (
    tenant_id     UUID        NOT NULL,
    chain_key     VARCHAR(64) NOT NULL,
    depth         INTEGER     NOT NULL,
    from_agent_id UUID        NOT NULL,
    to_agent_id   UUID        NOT NULL,
    created_at    BIGINT      NOT NULL,
    PRIMARY KEY (tenant_id, chain_key, depth)
);
CREATE INDEX a2a_hops_by_age ON a2a_hops (created_at);
