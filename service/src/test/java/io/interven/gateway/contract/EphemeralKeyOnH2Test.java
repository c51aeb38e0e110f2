package io.interven.gateway.contract;

class EphemeralKeyOnH2Test extends EphemeralKeyContract {
    @Override
    String database() {
        return "h2";
    }
}
