package io.interven.gateway.tenancy;

import io.interven.gateway.cache.RefreshAheadCache;
import io.interven.gateway.errors.ApiException;
import io.interven.gateway.errors.ErrorCode;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.LongSupplier;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * Tenants, their environments and their agents. Every environment has a default agent for keys that name none.
 * Tenants and agents found are kept for at most {@code maxStaleness} ({@link RefreshAheadCache}), so that a scan
 * reads neither; one not found is read again on every request, so a tenant or agent created on another node is seen
 * at once.
 */
public class TenantDirectory {
    public static final String DEFAULT_AGENT_NAME = "default";
    /** Beyond this many tenants or agents cached, the cache starts again empty. */
    static final int MAX_CACHED = 200_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private record AgentKey(UUID tenantId, UUID agentId) {
    }

    private final Jdbi jdbi;
    private final RefreshAheadCache<UUID, TenantRow> tenants;
    private final RefreshAheadCache<AgentKey, AgentRow> agents;

    /** A directory that reads the database on every request (commands, tests). */
    public TenantDirectory(Jdbi jdbi) {
        this(jdbi, Duration.ZERO, System::currentTimeMillis);
    }

    /** A directory that keeps tenants and agents found for at most {@code maxStaleness}. */
    public TenantDirectory(Jdbi jdbi, Duration maxStaleness, LongSupplier clock) {
        this.jdbi = jdbi;
        this.tenants = RefreshAheadCache.of("tenants",
                id -> jdbi.withExtension(TenantDao.class, dao -> dao.findById(id)),
                tenant -> true, maxStaleness, MAX_CACHED, clock);
        this.agents = RefreshAheadCache.of("agents",
                key -> jdbi.withExtension(AgentDao.class, dao -> dao.findInTenant(key.tenantId(), key.agentId())),
                agent -> true, maxStaleness, MAX_CACHED, clock);
    }

    public TenantRow createTenant(String name) {
        byte[] salt = new byte[32];
        RANDOM.nextBytes(salt);
        TenantRow tenant = new TenantRow(UUID.randomUUID(), name, HexFormat.of().formatHex(salt),
                System.currentTimeMillis());
        try {
            jdbi.useExtension(TenantDao.class, dao -> dao.insert(tenant));
        } catch (UnableToExecuteStatementException e) {
            if (findTenantByName(name).isPresent()) {
                throw new ApiException(ErrorCode.CONFLICT, "a tenant with this name exists already");
            }
            throw e;
        }
        return tenant;
    }

    public Optional<TenantRow> findTenant(UUID id) {
        return tenants.get(id);
    }

    public Optional<TenantRow> findTenantByName(String name) {
        return jdbi.withExtension(TenantDao.class, dao -> dao.findByName(name));
    }

    public boolean hasAnyTenant() {
        return jdbi.withExtension(TenantDao.class, TenantDao::count) > 0;
    }

    /** The environment, created with its default agent when it does not exist yet. Safe to race across nodes. */
    public EnvironmentRow ensureEnvironment(UUID tenantId, String envName) {
        Optional<EnvironmentRow> existing = findEnvironment(tenantId, envName);
        if (existing.isPresent()) {
            return existing.get();
        }
        try {
            jdbi.useTransaction(handle -> {
                long now = System.currentTimeMillis();
                handle.attach(EnvironmentDao.class).insert(tenantId, envName, now);
                AgentRow agent = new AgentRow(UUID.randomUUID(), tenantId, envName, DEFAULT_AGENT_NAME, "custom", now);
                handle.attach(AgentDao.class).insert(agent);
                handle.attach(EnvironmentDao.class).setDefaultAgent(tenantId, envName, agent.id());
            });
        } catch (UnableToExecuteStatementException e) {
            // another node created it first; fall through and read theirs
        }
        return findEnvironment(tenantId, envName)
                .orElseThrow(() -> new IllegalStateException("environment could not be created"));
    }

    public Optional<EnvironmentRow> findEnvironment(UUID tenantId, String envName) {
        return jdbi.withExtension(EnvironmentDao.class, dao -> dao.find(tenantId, envName));
    }

    public AgentRow createAgent(UUID tenantId, String envName, String name, String runtimeType) {
        ensureEnvironment(tenantId, envName);
        AgentRow agent = new AgentRow(UUID.randomUUID(), tenantId, envName, name, runtimeType,
                System.currentTimeMillis());
        jdbi.useExtension(AgentDao.class, dao -> dao.insert(agent));
        return agent;
    }

    /**
     * The agent {@code agentId} of the tenant, registered in {@code envName} with this name and runtime type when the
     * tenant has none of that id yet (its first use). Safe to race, on one node or several on one database: the
     * primary key (tenant, id) lets one insert through and every other reads the agent it made, so all callers get
     * the same agent. The agent answered may be of another environment when an agent of that id existed already.
     */
    public AgentRow registerOnFirstUse(UUID tenantId, String envName, UUID agentId, String name, String runtimeType) {
        Optional<AgentRow> existing = findAgent(tenantId, agentId);
        if (existing.isPresent()) {
            return existing.get();
        }
        AgentRow agent = new AgentRow(agentId, tenantId, envName, name, runtimeType, System.currentTimeMillis(),
                true);
        try {
            jdbi.useExtension(AgentDao.class, dao -> dao.insert(agent));
            return agent;
        } catch (UnableToExecuteStatementException e) {
            // another scan (maybe on another node) registered it first: answer theirs
            return findAgent(tenantId, agentId).orElseThrow(() -> e);
        }
    }

    /** The agent, only when it belongs to the tenant. */
    public Optional<AgentRow> findAgent(UUID tenantId, UUID agentId) {
        return agents.get(new AgentKey(tenantId, agentId));
    }

    /** Whether another tenant than {@code tenantId} has an agent of this id (nothing else of it is read). */
    public boolean isAgentOfAnotherTenant(UUID tenantId, UUID agentId) {
        return jdbi.withExtension(AgentDao.class, dao -> dao.existsOutsideTenant(tenantId, agentId));
    }

    public List<AgentRow> listAgents(UUID tenantId) {
        return jdbi.withExtension(AgentDao.class, dao -> dao.listInTenant(tenantId));
    }
}
