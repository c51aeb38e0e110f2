package io.interven.gateway.contract;

class PolicyApiOnH2Test extends PolicyApiContract {
    @Override
    String database() {
        return "h2";
    }
}
