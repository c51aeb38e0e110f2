package io.interven.gateway.contract;

class PolicyReplayOnPostgresTest extends PolicyReplayContract {
    @Override
    String database() {
        return "postgres";
    }
}
