package io.interven.gateway.contract;

class InboundRoutesOnPostgresTest extends InboundRoutesContract {
    @Override
    String database() {
        return "postgres";
    }
}
