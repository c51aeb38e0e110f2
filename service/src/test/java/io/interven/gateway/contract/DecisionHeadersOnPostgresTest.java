package io.interven.gateway.contract;

class DecisionHeadersOnPostgresTest extends DecisionHeadersContract {
    @Override
    String database() {
        return "postgres";
    }
}
