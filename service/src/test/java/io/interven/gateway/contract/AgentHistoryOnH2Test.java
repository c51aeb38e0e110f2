package io.interven.gateway.contract;

class AgentHistoryOnH2Test extends AgentHistoryContract {
    @Override
    String database() {
        return "h2";
    }
}
