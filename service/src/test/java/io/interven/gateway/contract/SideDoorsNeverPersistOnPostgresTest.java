package io.interven.gateway.contract;

class SideDoorsNeverPersistOnPostgresTest extends SideDoorsNeverPersistContract {
    @Override
    String database() {
        return "postgres";
    }
}
