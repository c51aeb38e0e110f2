package io.interven.gateway.contract;

class DirectScanOnPostgresTest extends DirectScanContract {
    @Override
    String database() {
        return "postgres";
    }
}
