package io.interven.gateway.contract;

class TraceIsolationOnPostgresTest extends TraceIsolationContract {
    @Override
    String database() {
        return "postgres";
    }
}
