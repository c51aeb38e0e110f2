package io.interven.gateway.db;

class DatabaseMigrationsOnPostgresTest extends DatabaseMigrationsContract {
    @Override
    String database() {
        return "postgres";
    }
}
