package io.interven.gateway.contract;

class PolicySimulationOnH2Test extends PolicySimulationContract {
    @Override
    String database() {
        return "h2";
    }
}
