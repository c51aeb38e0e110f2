package io.interven.gateway.plugin;

class FailClosedTracedOnH2Test extends FailClosedTracedContract {
    @Override
    String database() {
        return "h2";
    }
}
