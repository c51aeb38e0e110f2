package io.interven.gateway.contract;

class ScanEndpointOnPostgresTest extends ScanEndpointContract {
    @Override
    String database() {
        return "postgres";
    }
}
