package io.interven.gateway.contract;

class ResponseScanOnPostgresTest extends ResponseScanContract {
    @Override
    String database() {
        return "postgres";
    }
}
