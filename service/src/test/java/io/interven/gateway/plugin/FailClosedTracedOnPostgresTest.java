package io.interven.gateway.plugin;

class FailClosedTracedOnPostgresTest extends FailClosedTracedContract {
    @Override
    String database() {
        return "postgres";
    }
}
