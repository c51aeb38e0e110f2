package io.interven.gateway.history;

class HistoryStoreOnPostgresTest extends HistoryStoreContract {
    @Override
    String database() {
        return "postgres";
    }
}
