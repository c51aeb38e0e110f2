package io.interven.gateway.db;

class NonceStoreOnH2Test extends NonceStoreContract {
    @Override
    String database() {
        return "h2";
    }
}
