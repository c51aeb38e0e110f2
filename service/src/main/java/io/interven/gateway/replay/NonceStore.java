package io.interven.gateway.replay;

import java.sql.SQLException;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * Nonces claimed through the database: the primary key (tenant, nonce) lets exactly one insert through, however
 * many nodes and threads try at once, and the insert that conflicts is the replay. One statement for a fresh nonce;
 * a nonce whose earlier claim has expired but is not swept yet is freed and claimed again.
 */
public class NonceStore implements NonceClaims {
    private static final String UNIQUE_VIOLATION = "23505";

    private final NonceDao nonces;

    public NonceStore(Jdbi jdbi) {
        this.nonces = jdbi.onDemand(NonceDao.class);
    }

    @Override
    public boolean claim(UUID tenantId, String nonce, long expiresAt, long now) {
        if (insert(tenantId, nonce, expiresAt)) {
            return true;
        }
        return nonces.deleteIfExpired(tenantId, nonce, now) == 1 && insert(tenantId, nonce, expiresAt);
    }

    /** Removes the nonces expired before {@code now}; the cost is that of the rows expired since the last sweep. */
    public int sweep(long now) {
        return nonces.deleteExpired(now);
    }

    private boolean insert(UUID tenantId, String nonce, long expiresAt) {
        try {
            nonces.insert(tenantId, nonce, expiresAt);
            return true;
        } catch (UnableToExecuteStatementException e) {
            if (isUniqueViolation(e)) {
                return false;
            }
            throw e;
        }
    }

    private static boolean isUniqueViolation(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
