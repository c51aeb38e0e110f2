package io.interven.gateway.contract;

class TraceIsolationOnH2Test extends TraceIsolationContract {
    @Override
    String database() {
        return "h2";
    }
}
