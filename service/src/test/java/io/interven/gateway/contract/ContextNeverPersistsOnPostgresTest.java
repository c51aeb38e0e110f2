package io.interven.gateway.contract;

class ContextNeverPersistsOnPostgresTest extends ContextNeverPersistsContract {
    @Override
    String database() {
        return "postgres";
    }
}
