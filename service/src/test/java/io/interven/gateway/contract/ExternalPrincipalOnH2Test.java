package io.interven.gateway.contract;

class ExternalPrincipalOnH2Test extends ExternalPrincipalContract {
    @Override
    String database() {
        return "h2";
    }
}
