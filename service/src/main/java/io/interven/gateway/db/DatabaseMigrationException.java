package io.interven.gateway.db;

import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.exception.FlywayValidateException;

/** The database could not be brought to this build's schema; the gateway must not start on it. */
public final class DatabaseMigrationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    DatabaseMigrationException(String message) {
        super(message);
    }

    DatabaseMigrationException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Flyway's failure, told in the gateway's terms; Flyway's own account follows. */
    static DatabaseMigrationException of(FlywayException e) {
        if (e instanceof FlywayValidateException) {
            return new DatabaseMigrationException("The migrations recorded in the database do not match this "
                    + "build's migrations, so nothing was migrated. A released migration must never be edited: "
                    + "restore db/migration as released and put the change in a new V<n>__<description>.sql. Flyway "
                    + "reports: " + e.getMessage(), e);
        }
        return new DatabaseMigrationException("Database migration failed: " + e.getMessage(), e);
    }
}
