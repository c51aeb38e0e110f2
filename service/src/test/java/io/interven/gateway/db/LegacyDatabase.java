package io.interven.gateway.db;

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
import io.interven.gateway.trace.TraceDao;
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

    /** A tenant with an agent, an admin key, a policy, a trace, an approval of that call and a response scan. */
    Seeded seed() {
        Jdbi jdbi = open.jdbi();
        TenantDirectory directory = new TenantDirectory(jdbi);
        String tenantName = "legacy-" + UUID.randomUUID();
        UUID tenant = directory.createTenant(tenantName).id();
        UUID agent = directory.createAgent(tenant, "production", "support-bot", "langchain").id();
        IssuedKey key = new KeyIssuer(jdbi, directory).mint(tenant, "production", EnumSet.of(Role.ADMIN), null,
                "made before Flyway");
        String policyName = "deny-secrets-egress";
        new PolicyStore(jdbi, JSON).apply(tenant, PolicyDocumentParser.parse(json("""
                {"name": "deny-secrets-egress", "description": "kept across the upgrade", "rules": [
                  {"rule_id": "deny-secrets", "match": {}, "condition": {"has_data_class": ["SECRETS"]},
                   "action": "DENY", "priority": 100}]}"""), "production"), key.row().id());
        TraceRecord trace = TraceRecords.trace(tenant, agent, "REQUIRE_APPROVAL", System.currentTimeMillis());
        jdbi.useExtension(TraceDao.class, dao -> dao.insertAll(List.of(trace)));
        CallInput call = new CallInput(tenant, "production", "salt", "POST", "https://crm.example.org/api/notes",
                Map.of(), null, 0, new AgentRef(agent.toString(), "support-bot", "langchain"));
        UUID approval = new ApprovalService(jdbi, Duration.ofDays(1), Clock.systemUTC())
                .request(call, List.of(), trace.traceId(), "POST crm.example.org");
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
