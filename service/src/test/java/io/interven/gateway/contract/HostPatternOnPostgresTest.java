package io.interven.gateway.contract;

class HostPatternOnPostgresTest extends HostPatternContract {
    @Override
    String database() {
        return "postgres";
    }
}
