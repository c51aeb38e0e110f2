package io.interven.gateway.contract;

class MetricsOnH2Test extends MetricsContract {
    @Override
    String database() {
        return "h2";
    }
}
