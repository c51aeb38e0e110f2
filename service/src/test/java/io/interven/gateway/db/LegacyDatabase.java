package io.interven.gateway.db;

import io.interven.gateway.testing.OpenDatabase;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.interven.gateway.approval.ApprovalService;
import io.interven.gateway.auth.Role;
import io.interven.gateway.core.CallInput;
import io.interven.gateway.policy.PolicyDocumentParser;
import io.interven.gateway.policy.PolicyStore;
import io.interven.gateway.tenancy.IssuedKey;
import io.interven.gateway.tenancy.KeyIssuer;
import io.interven.gateway.tenancy.TenantDirectory;
import io.interven.gateway.testing.TestDatabase;
import io.interven.gateway.trace.TraceRecord;
import io.interven.spi.AgentRef;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;

/**
 * A database as a build before Flyway left it: migrated by {@link LegacySchemaMigrator}, recorded in
 * {@code schema_migrations} only. {@link #seed()} stores one of everything the gateway keeps.
 */
final class LegacyDatabase implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final OpenDatabase open;

    private LegacyDatabase(OpenDatabase open) {
        this.open = open;
    }

    /** A fresh database of the kind, migrated by the last build before Flyway (V1..V3). */
    static LegacyDatabase built(String kind) {
        return builtBy(kind, LegacySchemaMigrator.MIGRATIONS.size());
    }

    /** A fresh database of the kind, migrated by a build that knew the first {@code migrations} migrations. */
    static LegacyDatabase builtBy(String kind, int migrations) {
        OpenDatabase open = OpenDatabase.fresh(kind);
        LegacySchemaMigrator.knowing(open.jdbi(), migrations).migrate();
        return new LegacyDatabase(open);
    }

    /** What {@link #seed()} stored, to find it again. */
    record Seeded(UUID tenantId, String tenantName, String key, UUID agentId, String policyName, UUID traceId,
                  UUID approvalId, UUID responseScanId) {
    }

    /** A trace row as the last build before Flyway wrote it (its columns, no later ones). */
    private static final String LEGACY_TRACE_INSERT = "INSERT INTO traces (trace_id, tenant_id, env_name, agent_id, "
            + "agent_name, runtime_type, created_at, method, host, tool_name, operation, verb, decision, risk_score, "
            + "risk_band, reason_codes, classifications, findings_json, signals_json, policy_id, policy_name, "
            + "policy_version, rule_id, approval_id, body_bytes, body_fingerprint, path, monitor_json) VALUES ("
            + ":traceId, :tenantId, :envName, :agentId, :agentName, :runtimeType, :createdAt, :method, :host, "
            + ":toolName, :operation, :verb, :decision, :riskScore, :riskBand, :reasonCodes, :classifications, "
            + ":findingsJson, :signalsJson, :policyId, :policyName, :policyVersion, :ruleId, :approvalId, :bodyBytes, "
            + ":bodyFingerprint, :path, :monitorJson)";

    /**
     * Environment {@code production} of the tenant with its default agent and one more, as the last build before
     * Flyway wrote them (agents without the columns later migrations add); the other agent's id.
     */
    private static UUID legacyEnvironmentWithAgent(Jdbi jdbi, UUID tenant, String name, String runtimeType) {
        long now = System.currentTimeMillis();
        UUID defaultAgent = UUID.randomUUID();
        UUID agent = UUID.randomUUID();
        jdbi.useTransaction(handle -> {
            handle.execute("INSERT INTO environments (tenant_id, name, created_at) VALUES (?, 'production', ?)",
                    tenant, now);
            String insert = "INSERT INTO agents (id, tenant_id, env_name, name, runtime_type, created_at) "
                    + "VALUES (?, ?, 'production', ?, ?, ?)";
            handle.execute(insert, defaultAgent, tenant, TenantDirectory.DEFAULT_AGENT_NAME, "custom", now);
            handle.execute(insert, agent, tenant, name, runtimeType, now);
            handle.execute("UPDATE environments SET default_agent_id = ? WHERE tenant_id = ? AND name = 'production'",
                    defaultAgent, tenant);
        });
        return agent;
    }

    /** A tenant with an agent, an admin key, a policy, a trace, an approval of that call and a response scan. */
    Seeded seed() {
        Jdbi jdbi = open.jdbi();
        TenantDirectory directory = new TenantDirectory(jdbi);
        String tenantName = "legacy-" + UUID.randomUUID();
        UUID tenant = directory.createTenant(tenantName).id();
        UUID agent = legacyEnvironmentWithAgent(jdbi, tenant, "support-bot", "langchain");
        IssuedKey key = new KeyIssuer(jdbi, directory).mint(tenant, "production", EnumSet.of(Role.ADMIN), null,
                "made before Flyway");
        String policyName = "deny-secrets-egress";
        new PolicyStore(jdbi, JSON).apply(tenant, PolicyDocumentParser.parse(json("""
                {"name": "deny-secrets-egress", "description": "kept across the upgrade", "rules": [
                  {"rule_id": "deny-secrets", "match": {}, "condition": {"has_data_class": ["SECRETS"]},
                   "action": "DENY", "priority": 100}]}"""), "production"), key.row().id());
        TraceRecord trace = TraceRecords.trace(tenant, agent, "REQUIRE_APPROVAL", System.currentTimeMillis());
        jdbi.useHandle(handle -> handle.createUpdate(LEGACY_TRACE_INSERT).bindMethods(trace).execute());
        CallInput call = new CallInput(tenant, "production", "salt", "POST", "https://crm.example.org/api/notes",
                Map.of(), null, 0, new AgentRef(agent.toString(), "support-bot", "langchain"));
        UUID approval = new ApprovalService(jdbi, Duration.ofDays(1), Clock.systemUTC())
                .settle(call, List.of(), trace.traceId(), () -> "POST crm.example.org").approvalId();
        UUID responseScan = UUID.randomUUID();
        jdbi.useHandle(handle -> handle.createUpdate("INSERT INTO response_scans (id, tenant_id, env_name, trace_id, "
                        + "response_status, data_classes, entity_types, fields_redacted_count, content_fingerprint, "
                        + "created_at) VALUES (:id, :t, 'production', :trace, 200, 'PII', 'EMAIL_ADDRESS', 1, :fp, :now)")
                .bind("id", responseScan).bind("t", tenant).bind("trace", trace.traceId()).bind("fp", "b".repeat(64))
                .bind("now", System.currentTimeMillis()).execute());
        return new Seeded(tenant, tenantName, key.plaintext(), agent, policyName, trace.traceId(), approval,
                responseScan);
    }

    TestDatabase database() {
        return open.database();
    }

    Jdbi jdbi() {
        return open.jdbi();
    }

    DataSource dataSource() {
        return open.dataSource();
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws Exception {
        open.close();
    }
}
