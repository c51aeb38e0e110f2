package io.interven.gateway.contract;

class A2aScanOnPostgresTest extends A2aScanContract {
    @Override
    String database() {
        return "postgres";
    }
}
