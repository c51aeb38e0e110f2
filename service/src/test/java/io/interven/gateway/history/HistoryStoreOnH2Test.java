package io.interven.gateway.history;

class HistoryStoreOnH2Test extends HistoryStoreContract {
    @Override
    String database() {
        return "h2";
    }
}
