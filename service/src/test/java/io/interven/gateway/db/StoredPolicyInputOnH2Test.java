package io.interven.gateway.db;

class StoredPolicyInputOnH2Test extends StoredPolicyInputContract {
    @Override
    String database() {
        return "h2";
    }
}
