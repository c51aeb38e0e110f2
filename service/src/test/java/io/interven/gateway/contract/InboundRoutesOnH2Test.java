package io.interven.gateway.contract;

class InboundRoutesOnH2Test extends InboundRoutesContract {
    @Override
    String database() {
        return "h2";
    }
}
