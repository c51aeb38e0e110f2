package io.interven.gateway.contract;

class NameValuePairsOnPostgresTest extends NameValuePairsContract {
    @Override
    String database() {
        return "postgres";
    }
}
