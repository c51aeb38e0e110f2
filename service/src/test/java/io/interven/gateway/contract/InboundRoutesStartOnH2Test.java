package io.interven.gateway.contract;

class InboundRoutesStartOnH2Test extends InboundRoutesStartContract {
    @Override
    String database() {
        return "h2";
    }
}
