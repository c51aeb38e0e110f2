package io.interven.gateway.contract;

class SideDoorsNeverPersistOnH2Test extends SideDoorsNeverPersistContract {
    @Override
    String database() {
        return "h2";
    }
}
