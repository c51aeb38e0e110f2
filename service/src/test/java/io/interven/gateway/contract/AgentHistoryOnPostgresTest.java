package io.interven.gateway.contract;

class AgentHistoryOnPostgresTest extends AgentHistoryContract {
    @Override
    String database() {
        return "postgres";
    }
}
