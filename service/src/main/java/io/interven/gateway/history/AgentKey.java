package io.interven.gateway.history;

import java.util.UUID;

/** One agent of one tenant: agent ids are only ever compared within their tenant. */
record AgentKey(UUID tenantId, String agentId) {
}
