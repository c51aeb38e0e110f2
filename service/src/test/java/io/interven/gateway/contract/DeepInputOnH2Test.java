package io.interven.gateway.contract;

class DeepInputOnH2Test extends DeepInputContract {
    @Override
    String database() {
        return "h2";
    }
}
