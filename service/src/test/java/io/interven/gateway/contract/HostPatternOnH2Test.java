package io.interven.gateway.contract;

class HostPatternOnH2Test extends HostPatternContract {
    @Override
    String database() {
        return "h2";
    }
}
