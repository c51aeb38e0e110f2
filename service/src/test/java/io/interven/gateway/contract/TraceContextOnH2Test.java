package io.interven.gateway.contract;

class TraceContextOnH2Test extends TraceContextContract {
    @Override
    String database() {
        return "h2";
    }
}
