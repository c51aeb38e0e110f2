package io.interven.gateway.contract;

class DeepInputOnPostgresTest extends DeepInputContract {
    @Override
    String database() {
        return "postgres";
    }
}
