package io.interven.gateway.contract;

class SecretNeverPersistsOnPostgresTest extends SecretNeverPersistsContract {
    @Override
    String database() {
        return "postgres";
    }
}
