package io.interven.gateway.contract;

class RiskSignalsOnH2Test extends RiskSignalsContract {
    @Override
    String database() {
        return "h2";
    }
}
