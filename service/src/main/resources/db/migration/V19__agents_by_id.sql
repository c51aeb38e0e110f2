-- An agent-to-agent message to a recipient the tenant does not know asks whether another tenant has an agent of that
-- id (AgentDao.existsOutsideTenant). The agents' key starts with the tenant, so without an index of the id alone the
-- database read every agent of every tenant for each such message, and agents registered on first use are never
-- deleted: the table grows with every new agent id.
CREATE INDEX agents_by_id ON agents (id);
