package io.interven.gateway.contract;

class EgressDecisionOnH2Test extends EgressDecisionContract {
    @Override
    String database() {
        return "h2";
    }
}
