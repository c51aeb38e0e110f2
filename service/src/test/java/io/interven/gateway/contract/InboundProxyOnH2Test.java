package io.interven.gateway.contract;

class InboundProxyOnH2Test extends InboundProxyContract {
    @Override
    String database() {
        return "h2";
    }
}
