package io.interven.gateway.contract;

class TraceContextOnPostgresTest extends TraceContextContract {
    @Override
    String database() {
        return "postgres";
    }
}
