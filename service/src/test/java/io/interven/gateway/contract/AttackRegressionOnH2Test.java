package io.interven.gateway.contract;

class AttackRegressionOnH2Test extends AttackRegressionContract {
    @Override
    String database() {
        return "h2";
    }
}
