package io.interven.gateway.contract;

class RegionHintOnH2Test extends RegionHintContract {
    @Override
    String database() {
        return "h2";
    }
}
