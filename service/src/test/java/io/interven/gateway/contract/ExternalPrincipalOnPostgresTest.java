package io.interven.gateway.contract;

class ExternalPrincipalOnPostgresTest extends ExternalPrincipalContract {
    @Override
    String database() {
        return "postgres";
    }
}
