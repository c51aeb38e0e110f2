package io.interven.gateway.contract;

class ReplayOnH2Test extends ReplayContract {
    @Override
    String database() {
        return "h2";
    }
}
