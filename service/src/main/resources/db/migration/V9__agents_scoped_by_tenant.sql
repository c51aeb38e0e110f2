-- Agents are scoped by tenant: the same agent id used by two tenants names two agents, one in each, so that one
-- tenant's use of an id neither collides with nor reveals another's. The key of agents becomes (tenant_id, id), and
-- the key minted for an agent references it within its own tenant. The table is rebuilt (the portable way to
-- change a primary key on H2 and PostgreSQL alike); DROP ... CASCADE removes the one foreign key that referenced
-- the old key (api_keys.agent_id), which is added back against the new one.
--
-- registered_on_first_use: the agent was registered by its first scan (an agent_id the gateway had not seen)
-- rather than by the admin API or the command line.
-- tenant_settings.auto_register_agents: whether an unseen agent_id is registered on first use (default) or
-- answered 403.

CREATE TABLE tenant_agents (
    id                      UUID         NOT NULL,
    tenant_id               UUID         NOT NULL,
    env_name                VARCHAR(100) NOT NULL,
    name                    VARCHAR(200) NOT NULL,
    runtime_type            VARCHAR(40)  NOT NULL,
    created_at              BIGINT       NOT NULL,
    registered_on_first_use BOOLEAN      DEFAULT FALSE NOT NULL,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, env_name) REFERENCES environments (tenant_id, name)
);
INSERT INTO tenant_agents (id, tenant_id, env_name, name, runtime_type, created_at, registered_on_first_use)
    SELECT id, tenant_id, env_name, name, runtime_type, created_at, FALSE FROM agents;
DROP TABLE agents CASCADE;
ALTER TABLE tenant_agents RENAME TO agents;
CREATE INDEX agents_by_tenant ON agents (tenant_id, env_name);
ALTER TABLE api_keys ADD CONSTRAINT api_keys_agent_of_tenant
    FOREIGN KEY (tenant_id, agent_id) REFERENCES agents (tenant_id, id);

ALTER TABLE tenant_settings ADD COLUMN auto_register_agents BOOLEAN DEFAULT TRUE NOT NULL;
