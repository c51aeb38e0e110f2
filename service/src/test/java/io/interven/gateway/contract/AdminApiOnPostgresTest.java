package io.interven.gateway.contract;

class AdminApiOnPostgresTest extends AdminApiContract {
    @Override
    String database() {
        return "postgres";
    }
}
