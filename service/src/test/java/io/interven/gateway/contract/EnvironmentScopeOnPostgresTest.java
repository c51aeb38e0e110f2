package io.interven.gateway.contract;

class EnvironmentScopeOnPostgresTest extends EnvironmentScopeContract {
    @Override
    String database() {
        return "postgres";
    }
}
