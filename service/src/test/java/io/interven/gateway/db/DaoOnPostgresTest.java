package io.interven.gateway.db;

class DaoOnPostgresTest extends DaoContract {
    @Override
    String database() {
        return "postgres";
    }
}
