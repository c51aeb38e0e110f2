package io.interven.gateway.contract;

class TraceOnH2Test extends TraceContract {
    @Override
    String database() {
        return "h2";
    }
}
