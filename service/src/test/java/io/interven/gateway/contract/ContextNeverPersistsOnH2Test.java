package io.interven.gateway.contract;

class ContextNeverPersistsOnH2Test extends ContextNeverPersistsContract {
    @Override
    String database() {
        return "h2";
    }
}
