package io.interven.gateway.contract;

class IdentityOnH2Test extends IdentityContract {
    @Override
    String database() {
        return "h2";
    }
}
