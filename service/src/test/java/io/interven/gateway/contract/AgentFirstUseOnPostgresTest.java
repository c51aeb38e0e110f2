package io.interven.gateway.contract;

class AgentFirstUseOnPostgresTest extends AgentFirstUseContract {
    @Override
    String database() {
        return "postgres";
    }
}
