package io.interven.gateway.db;

class DelegationChainsOnH2Test extends DelegationChainsContract {
    @Override
    String database() {
        return "h2";
    }
}
