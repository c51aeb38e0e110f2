package io.interven.gateway.ratelimit;

class TenantRateLimiterOnH2Test extends TenantRateLimiterContract {
    @Override
    String database() {
        return "h2";
    }
}
