package io.interven.gateway.contract;

class TraceBufferOnPostgresTest extends TraceBufferContract {
    @Override
    String database() {
        return "postgres";
    }
}
