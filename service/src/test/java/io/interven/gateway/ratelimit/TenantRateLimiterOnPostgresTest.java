package io.interven.gateway.ratelimit;

class TenantRateLimiterOnPostgresTest extends TenantRateLimiterContract {
    @Override
    String database() {
        return "postgres";
    }
}
