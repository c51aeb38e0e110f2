package io.interven.gateway.db;

class StoredPolicyInputOnPostgresTest extends StoredPolicyInputContract {
    @Override
    String database() {
        return "postgres";
    }
}
