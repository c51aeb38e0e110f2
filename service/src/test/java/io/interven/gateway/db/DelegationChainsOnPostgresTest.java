package io.interven.gateway.db;

class DelegationChainsOnPostgresTest extends DelegationChainsContract {
    @Override
    String database() {
        return "postgres";
    }
}
