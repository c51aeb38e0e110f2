package io.interven.gateway.contract;

class ValidationOnPostgresTest extends ValidationContract {
    @Override
    String database() {
        return "postgres";
    }
}
