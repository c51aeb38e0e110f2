package io.interven.gateway.contract;

class OwnIssuerCallsOnH2Test extends OwnIssuerCallsContract {
    @Override
    String database() {
        return "h2";
    }
}
