package io.interven.gateway.contract;

class RateLimitOnPostgresTest extends RateLimitContract {
    @Override
    String database() {
        return "postgres";
    }
}
