package io.interven.gateway.db;

class TraceWriterOnH2Test extends TraceWriterContract {
    @Override
    String database() {
        return "h2";
    }
}
