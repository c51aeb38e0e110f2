package io.interven.gateway.contract;

class OwnIssuerCallsOnPostgresTest extends OwnIssuerCallsContract {
    @Override
    String database() {
        return "postgres";
    }
}
