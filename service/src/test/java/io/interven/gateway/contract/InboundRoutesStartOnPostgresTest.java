package io.interven.gateway.contract;

class InboundRoutesStartOnPostgresTest extends InboundRoutesStartContract {
    @Override
    String database() {
        return "postgres";
    }
}
