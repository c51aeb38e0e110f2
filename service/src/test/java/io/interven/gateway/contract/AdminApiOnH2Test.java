package io.interven.gateway.contract;

class AdminApiOnH2Test extends AdminApiContract {
    @Override
    String database() {
        return "h2";
    }
}
