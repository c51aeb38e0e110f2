package io.interven.gateway.contract;

class AuthOnH2Test extends AuthContract {
    @Override
    String database() {
        return "h2";
    }
}
