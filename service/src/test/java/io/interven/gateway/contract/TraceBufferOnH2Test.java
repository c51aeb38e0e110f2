package io.interven.gateway.contract;

class TraceBufferOnH2Test extends TraceBufferContract {
    @Override
    String database() {
        return "h2";
    }
}
