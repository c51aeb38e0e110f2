package io.interven.gateway.contract;

class IdentityOnPostgresTest extends IdentityContract {
    @Override
    String database() {
        return "postgres";
    }
}
