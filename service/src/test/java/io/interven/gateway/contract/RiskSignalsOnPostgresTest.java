package io.interven.gateway.contract;

class RiskSignalsOnPostgresTest extends RiskSignalsContract {
    @Override
    String database() {
        return "postgres";
    }
}
