package io.interven.gateway.contract;

class AttackRegressionOnPostgresTest extends AttackRegressionContract {
    @Override
    String database() {
        return "postgres";
    }
}
