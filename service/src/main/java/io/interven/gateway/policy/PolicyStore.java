package io.interven.gateway.policy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * Versioned policies. Applying identical content returns the current version and writes nothing; any change
 * (disabling included) appends a version. Version numbers advance with a compare-and-set, so concurrent applies
 * on several nodes never produce the same version twice.
 */
public class PolicyStore {
    private static final int ATTEMPTS = 5;

    private final Jdbi jdbi;
    private final PolicyDao policies;
    private final ObjectMapper json;

    public PolicyStore(Jdbi jdbi, ObjectMapper json) {
        this.jdbi = jdbi;
        this.policies = jdbi.onDemand(PolicyDao.class);
        this.json = json;
    }

    public ApplyResult apply(UUID tenantId, PolicyDraft draft, UUID appliedBy) {
        String hash = sha256(PolicyJsonWriter.contentOf(draft));
        for (int attempt = 1; ; attempt++) {
            try {
                return jdbi.inTransaction(handle ->
                        applyOnce(handle.attach(PolicyDao.class), tenantId, draft, hash, appliedBy));
            } catch (UnableToExecuteStatementException | ConcurrentChange e) {
                if (attempt >= ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private ApplyResult applyOnce(PolicyDao dao, UUID tenantId, PolicyDraft draft, String hash, UUID appliedBy) {
        long now = System.currentTimeMillis();
        Optional<UUID> existing = dao.findId(tenantId, draft.envName(), draft.name());
        if (existing.isEmpty()) {
            UUID id = UUID.randomUUID();
            dao.insertPolicy(id, tenantId, draft.envName(), draft.name(), now);
            insertVersion(dao, id, 1, draft, hash, now, appliedBy);
            return new ApplyResult(read(dao, tenantId, draft, 1), true);
        }
        UUID id = existing.get();
        int current = dao.latestVersion(id);
        if (dao.contentHash(id, current).equals(hash)) {
            return new ApplyResult(read(dao, tenantId, draft, current), false);
        }
        int next = current + 1;
        if (dao.advanceVersion(id, current, next) != 1) {
            throw new ConcurrentChange();
        }
        insertVersion(dao, id, next, draft, hash, now, appliedBy);
        return new ApplyResult(read(dao, tenantId, draft, next), true);
    }

    private static void insertVersion(PolicyDao dao, UUID id, int version, PolicyDraft draft, String hash, long now,
                                      UUID appliedBy) {
        dao.insertVersion(id, version, draft.description(), draft.mode().name(), draft.enabled(),
                draft.rulesJson().toString(), hash, now, appliedBy);
    }

    private StoredPolicy read(PolicyDao dao, UUID tenantId, PolicyDraft draft, int version) {
        return dao.version(tenantId, draft.envName(), draft.name(), version).map(this::stored).orElseThrow();
    }

    public Optional<StoredPolicy> latest(UUID tenantId, String envName, String name) {
        return policies.latest(tenantId, envName, name).map(this::stored);
    }

    public Optional<StoredPolicy> version(UUID tenantId, String envName, String name, int version) {
        return policies.version(tenantId, envName, name, version).map(this::stored);
    }

    public List<StoredPolicy> versions(UUID tenantId, String envName, String name) {
        return policies.versions(tenantId, envName, name).stream().map(this::stored).toList();
    }

    /** The latest version of every policy of the environment, enabled or not, by name. */
    public List<StoredPolicy> latestOfEnvironment(UUID tenantId, String envName) {
        return policies.latestOfEnvironment(tenantId, envName).stream().map(this::stored).toList();
    }

    private StoredPolicy stored(PolicyVersionRow row) {
        try {
            return new StoredPolicy(row.id(), row.tenantId(), row.envName(), row.name(), row.version(),
                    row.description(), PolicyMode.valueOf(row.mode()), row.enabled(), json.readTree(row.rulesJson()),
                    row.createdAt());
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
