package io.interven.gateway.db;

class DatabaseMigrationsOnH2Test extends DatabaseMigrationsContract {
    @Override
    String database() {
        return "h2";
    }
}
