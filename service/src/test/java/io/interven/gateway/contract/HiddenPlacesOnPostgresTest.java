package io.interven.gateway.contract;

class HiddenPlacesOnPostgresTest extends HiddenPlacesContract {
    @Override
    String database() {
        return "postgres";
    }
}
