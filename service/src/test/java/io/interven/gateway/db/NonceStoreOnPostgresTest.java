package io.interven.gateway.db;

class NonceStoreOnPostgresTest extends NonceStoreContract {
    @Override
    String database() {
        return "postgres";
    }
}
