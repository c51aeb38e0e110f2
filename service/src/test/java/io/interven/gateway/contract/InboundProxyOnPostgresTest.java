package io.interven.gateway.contract;

class InboundProxyOnPostgresTest extends InboundProxyContract {
    @Override
    String database() {
        return "postgres";
    }
}
