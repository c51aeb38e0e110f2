package io.interven.gateway.contract;

class AgentFirstUseOnH2Test extends AgentFirstUseContract {
    @Override
    String database() {
        return "h2";
    }
}
