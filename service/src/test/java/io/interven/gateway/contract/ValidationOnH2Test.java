package io.interven.gateway.contract;

class ValidationOnH2Test extends ValidationContract {
    @Override
    String database() {
        return "h2";
    }
}
