package io.interven.gateway.contract;

class RegionHintOnPostgresTest extends RegionHintContract {
    @Override
    String database() {
        return "postgres";
    }
}
