package io.interven.gateway.contract;

class TraceOnPostgresTest extends TraceContract {
    @Override
    String database() {
        return "postgres";
    }
}
