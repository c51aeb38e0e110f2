package io.interven.gateway.contract;

class PolicyReplayOnH2Test extends PolicyReplayContract {
    @Override
    String database() {
        return "h2";
    }
}
