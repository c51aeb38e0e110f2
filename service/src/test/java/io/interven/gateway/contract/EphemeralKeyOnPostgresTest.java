package io.interven.gateway.contract;

class EphemeralKeyOnPostgresTest extends EphemeralKeyContract {
    @Override
    String database() {
        return "postgres";
    }
}
