package io.interven.gateway.contract;

class SecretNeverPersistsOnH2Test extends SecretNeverPersistsContract {
    @Override
    String database() {
        return "h2";
    }
}
