package io.interven.gateway.contract;

class DecisionHeadersOnH2Test extends DecisionHeadersContract {
    @Override
    String database() {
        return "h2";
    }
}
