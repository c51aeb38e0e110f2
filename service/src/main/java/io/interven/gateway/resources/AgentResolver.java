package io.interven.gateway.resources;

import io.interven.gateway.auth.ApiKeyPrincipal;
import io.interven.gateway.errors.ApiException;
import io.interven.gateway.errors.ErrorCode;
import io.interven.gateway.errors.FieldProblem;
import io.interven.gateway.tenancy.AgentRow;
import io.interven.gateway.tenancy.TenantDirectory;
import java.util.List;
import java.util.UUID;

/**
 * The agent a scan is for. A key minted for an agent scans only as that agent: naming another {@code agent_id}
 * answers 403. A key that names no agent may name any agent of its own tenant and environment, and otherwise scans
 * as the environment's default agent. The agent's name and runtime type always come from its registration.
 */
public class AgentResolver {
    private final TenantDirectory directory;

    public AgentResolver(TenantDirectory directory) {
        this.directory = directory;
    }

    public AgentRow resolve(ApiKeyPrincipal key, UUID requested) {
        if (key.isAgentBound() && requested != null && !requested.equals(key.boundAgentId())) {
            throw new ApiException(ErrorCode.FORBIDDEN, "this key was minted for another agent",
                    List.of(new FieldProblem("agent_id", "is not the agent this key was minted for")));
        }
        UUID agentId = requested != null ? requested : key.defaultAgentId();
        if (agentId == null) {
            throw new IllegalStateException("key " + key.keyId() + " has no default agent");
        }
        AgentRow agent = directory.findAgent(key.tenantId(), agentId).orElseThrow(() -> new ApiException(
                ErrorCode.FORBIDDEN, "agent_id does not name an agent of this key's tenant",
                List.of(new FieldProblem("agent_id", "is not an agent of this key's tenant"))));
        if (!agent.envName().equals(key.envName())) {
            throw new ApiException(ErrorCode.CROSS_ENVIRONMENT, "agent_id names an agent of another environment",
                    List.of(new FieldProblem("agent_id", "belongs to environment " + agent.envName()
                            + ", the key to " + key.envName())));
        }
        return agent;
    }
}
