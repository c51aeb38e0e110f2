package io.interven.gateway.contract;

class ReplayOnPostgresTest extends ReplayContract {
    @Override
    String database() {
        return "postgres";
    }
}
