package io.interven.gateway.contract;

class MetricsOnPostgresTest extends MetricsContract {
    @Override
    String database() {
        return "postgres";
    }
}
