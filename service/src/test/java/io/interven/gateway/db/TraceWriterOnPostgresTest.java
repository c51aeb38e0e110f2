package io.interven.gateway.db;

class TraceWriterOnPostgresTest extends TraceWriterContract {
    @Override
    String database() {
        return "postgres";
    }
}
