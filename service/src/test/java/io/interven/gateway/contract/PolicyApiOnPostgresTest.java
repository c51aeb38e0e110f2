package io.interven.gateway.contract;

class PolicyApiOnPostgresTest extends PolicyApiContract {
    @Override
    String database() {
        return "postgres";
    }
}
