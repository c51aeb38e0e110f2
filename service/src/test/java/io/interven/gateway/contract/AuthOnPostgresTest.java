package io.interven.gateway.contract;

class AuthOnPostgresTest extends AuthContract {
    @Override
    String database() {
        return "postgres";
    }
}
