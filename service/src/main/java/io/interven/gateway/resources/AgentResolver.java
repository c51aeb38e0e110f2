package io.interven.gateway.resources;

import io.interven.gateway.auth.ApiKeyPrincipal;
import io.interven.gateway.errors.ApiException;
import io.interven.gateway.errors.ErrorCode;
import io.interven.gateway.errors.FieldProblem;
import io.interven.gateway.tenancy.AgentRow;
import io.interven.gateway.tenancy.TenantDirectory;
import io.interven.gateway.tenancy.TenantSettings;
import java.util.List;
import java.util.UUID;

/**
 * The agent a scan is for. A key minted for an agent scans only as that agent: naming another {@code agent_id}
 * answers 403. A key that names no agent may name any agent of its own tenant and environment, and otherwise scans
 * as the environment's default agent. The agent's name and runtime type always come from its registration.
 *
 * <p>An {@code agent_id} the key's tenant has never used is registered on its first use, in the key's tenant and
 * environment ({@link FirstUseNames} names it, the runtime type is the request's or {@code custom}), unless the
 * tenant turned {@code auto_register_agents} off or the key is ephemeral: then it answers 403 as an id of no agent.
 * Agent ids are scoped by tenant, so an id another tenant uses is, for this tenant, an id it has never used: the
 * answer is the same whether or not another tenant has it, and the other tenant's agent is never touched.
 */
public class AgentResolver {
    static final String DEFAULT_RUNTIME_TYPE = "custom";

    private final TenantDirectory directory;
    private final TenantSettings settings;
    private final FirstUseNames names;

    public AgentResolver(TenantDirectory directory, TenantSettings settings, FirstUseNames names) {
        this.directory = directory;
        this.settings = settings;
        this.names = names;
    }

    /** What a request says about an agent it names: used only to register it, never for a registered agent. */
    public record Claim(String name, String runtimeType) {
        public static final Claim NONE = new Claim(null, null);
    }

    /** The agent a key scans as, named by the request's {@code agent_id} (null: the key's default agent). */
    public AgentRow resolve(ApiKeyPrincipal key, UUID requested, Claim claim) {
        return resolve(key, requested, claim, "agent_id");
    }

    /** The same, {@code field} naming the request field that named the agent (in 403 answers). */
    public AgentRow resolve(ApiKeyPrincipal key, UUID requested, Claim claim, String field) {
        if (key.isAgentBound() && requested != null && !requested.equals(key.boundAgentId())) {
            throw new ApiException(ErrorCode.FORBIDDEN, "this key was minted for another agent",
                    List.of(new FieldProblem(field, "is not the agent this key was minted for")));
        }
        UUID agentId = requested != null ? requested : key.defaultAgentId();
        if (agentId == null) {
            throw new IllegalStateException("key " + key.keyId() + " has no default agent");
        }
        AgentRow agent = directory.findAgent(key.tenantId(), agentId)
                .orElseGet(() -> registerOnFirstUse(key, agentId, claim, field));
        return inKeyEnvironment(key, agent, field);
    }

    /**
     * A recipient agent of the key's tenant: its own, registered on first use like any agent it names, in the key's
     * environment. An id that only another tenant uses answers 403 {@code CROSS_TENANT} (messages between tenants
     * are refused) and is never registered here.
     */
    public AgentRow resolveRecipient(ApiKeyPrincipal key, UUID recipient, String field) {
        AgentRow agent = directory.findAgent(key.tenantId(), recipient).orElse(null);
        if (agent == null) {
            if (directory.isAgentOfAnotherTenant(key.tenantId(), recipient)) {
                throw new ApiException(ErrorCode.CROSS_TENANT, field + " names an agent of another tenant",
                        List.of(new FieldProblem(field, "is an agent of another tenant")));
            }
            agent = registerOnFirstUse(key, recipient, Claim.NONE, field);
        }
        return inKeyEnvironment(key, agent, field);
    }

    private AgentRow registerOnFirstUse(ApiKeyPrincipal key, UUID agentId, Claim claim, String field) {
        if (key.isEphemeral() || !settings.of(key.tenantId()).autoRegisterAgents()) {
            throw new ApiException(ErrorCode.FORBIDDEN, field + " does not name an agent of this key's tenant",
                    List.of(new FieldProblem(field, "is not an agent of this key's tenant")));
        }
        String runtimeType = claim.runtimeType() != null ? claim.runtimeType() : DEFAULT_RUNTIME_TYPE;
        return directory.registerOnFirstUse(key.tenantId(), key.envName(), agentId,
                names.nameFor(agentId, claim.name()), runtimeType);
    }

    private static AgentRow inKeyEnvironment(ApiKeyPrincipal key, AgentRow agent, String field) {
        if (!agent.envName().equals(key.envName())) {
            throw new ApiException(ErrorCode.CROSS_ENVIRONMENT, field + " names an agent of another environment",
                    List.of(new FieldProblem(field, "belongs to environment " + agent.envName()
                            + ", the key to " + key.envName())));
        }
        return agent;
    }
}
