package io.interven.gateway.contract;

class A2aScanOnH2Test extends A2aScanContract {
    @Override
    String database() {
        return "h2";
    }
}
