package io.interven.gateway.contract;

class PolicySimulationOnPostgresTest extends PolicySimulationContract {
    @Override
    String database() {
        return "postgres";
    }
}
