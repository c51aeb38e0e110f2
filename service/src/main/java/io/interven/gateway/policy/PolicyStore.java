package io.interven.gateway.policy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * Versioned policies. Applying identical content returns the current version and writes nothing; any change
 * (disabling included) appends a version. Version numbers advance with a compare-and-set, so concurrent applies
 * on several nodes never produce the same version twice.
 */
public class PolicyStore {
    private static final int ATTEMPTS = 5;
    private static final String SELECT = "SELECT p.id, p.tenant_id, p.env_name, p.name, v.version, v.description, "
            + "v.mode, v.enabled, v.rules_json, v.created_at FROM policies p JOIN policy_versions v ON v.policy_id = p.id ";

    private final Jdbi jdbi;
    private final ObjectMapper json;

    public PolicyStore(Jdbi jdbi, ObjectMapper json) {
        this.jdbi = jdbi;
        this.json = json;
    }

    public ApplyResult apply(UUID tenantId, PolicyDraft draft, UUID appliedBy) {
        String hash = sha256(PolicyJsonWriter.contentOf(draft));
        for (int attempt = 1; ; attempt++) {
            try {
                return jdbi.inTransaction(handle -> applyOnce(handle, tenantId, draft, hash, appliedBy));
            } catch (UnableToExecuteStatementException | ConcurrentChange e) {
                if (attempt >= ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private ApplyResult applyOnce(Handle handle, UUID tenantId, PolicyDraft draft, String hash, UUID appliedBy) {
        long now = System.currentTimeMillis();
        Optional<UUID> existing = handle.createQuery(
                        "SELECT id FROM policies WHERE tenant_id = :t AND env_name = :e AND name = :n")
                .bind("t", tenantId).bind("e", draft.envName()).bind("n", draft.name())
                .mapTo(UUID.class).findOne();
        if (existing.isEmpty()) {
            UUID id = UUID.randomUUID();
            handle.createUpdate("INSERT INTO policies (id, tenant_id, env_name, name, latest_version, created_at) "
                            + "VALUES (:id, :t, :e, :n, 1, :now)")
                    .bind("id", id).bind("t", tenantId).bind("e", draft.envName()).bind("n", draft.name())
                    .bind("now", now).execute();
            insertVersion(handle, id, 1, draft, hash, now, appliedBy);
            return new ApplyResult(read(handle, tenantId, draft.envName(), draft.name(), 1).orElseThrow(), true);
        }
        UUID id = existing.get();
        int current = handle.createQuery("SELECT latest_version FROM policies WHERE id = :id").bind("id", id)
                .mapTo(Integer.class).one();
        String currentHash = handle.createQuery(
                        "SELECT content_hash FROM policy_versions WHERE policy_id = :id AND version = :v")
                .bind("id", id).bind("v", current).mapTo(String.class).one();
        if (currentHash.equals(hash)) {
            return new ApplyResult(read(handle, tenantId, draft.envName(), draft.name(), current).orElseThrow(), false);
        }
        int next = current + 1;
        int moved = handle.createUpdate(
                        "UPDATE policies SET latest_version = :next WHERE id = :id AND latest_version = :current")
                .bind("next", next).bind("id", id).bind("current", current).execute();
        if (moved != 1) {
            throw new ConcurrentChange();
        }
        insertVersion(handle, id, next, draft, hash, now, appliedBy);
        return new ApplyResult(read(handle, tenantId, draft.envName(), draft.name(), next).orElseThrow(), true);
    }

    private void insertVersion(Handle handle, UUID id, int version, PolicyDraft draft, String hash, long now,
                               UUID appliedBy) {
        handle.createUpdate("INSERT INTO policy_versions (policy_id, version, description, mode, enabled, rules_json, "
                        + "content_hash, created_at, created_by) VALUES (:id, :v, :d, :m, :en, :r, :h, :now, :by)")
                .bind("id", id).bind("v", version).bind("d", draft.description()).bind("m", draft.mode().name())
                .bind("en", draft.enabled()).bind("r", draft.rulesJson().toString()).bind("h", hash)
                .bind("now", now).bind("by", appliedBy).execute();
    }

    public Optional<StoredPolicy> latest(UUID tenantId, String envName, String name) {
        return jdbi.withHandle(handle -> handle.createQuery(SELECT
                        + "WHERE p.tenant_id = :t AND p.env_name = :e AND p.name = :n AND v.version = p.latest_version")
                .bind("t", tenantId).bind("e", envName).bind("n", name).map(this::row).findOne());
    }

    public Optional<StoredPolicy> version(UUID tenantId, String envName, String name, int version) {
        return jdbi.withHandle(handle -> read(handle, tenantId, envName, name, version));
    }

    public List<StoredPolicy> versions(UUID tenantId, String envName, String name) {
        return jdbi.withHandle(handle -> handle.createQuery(SELECT
                        + "WHERE p.tenant_id = :t AND p.env_name = :e AND p.name = :n ORDER BY v.version")
                .bind("t", tenantId).bind("e", envName).bind("n", name).map(this::row).list());
    }

    /** The latest version of every policy of the environment, enabled or not, by name. */
    public List<StoredPolicy> latestOfEnvironment(UUID tenantId, String envName) {
        return jdbi.withHandle(handle -> handle.createQuery(SELECT
                        + "WHERE p.tenant_id = :t AND p.env_name = :e AND v.version = p.latest_version ORDER BY p.name")
                .bind("t", tenantId).bind("e", envName).map(this::row).list());
    }

    private Optional<StoredPolicy> read(Handle handle, UUID tenantId, String envName, String name, int version) {
        return handle.createQuery(SELECT
                        + "WHERE p.tenant_id = :t AND p.env_name = :e AND p.name = :n AND v.version = :v")
                .bind("t", tenantId).bind("e", envName).bind("n", name).bind("v", version).map(this::row).findOne();
    }

    private StoredPolicy row(ResultSet rs, StatementContext ctx) throws SQLException {
        try {
            return new StoredPolicy(rs.getObject("id", UUID.class), rs.getObject("tenant_id", UUID.class),
                    rs.getString("env_name"), rs.getString("name"), rs.getInt("version"), rs.getString("description"),
                    PolicyMode.valueOf(rs.getString("mode")), rs.getBoolean("enabled"),
                    json.readTree(rs.getString("rules_json")), rs.getLong("created_at"));
        } catch (IOException e) {
            throw new UncheckedIOException("stored rules are not JSON", e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Another node advanced the version first; the apply is retried. */
    private static final class ConcurrentChange extends RuntimeException {
        ConcurrentChange() {
            super(null, null, false, false);
        }
    }
}
