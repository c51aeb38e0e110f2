package io.interven.gateway.contract;

class RateLimitOnH2Test extends RateLimitContract {
    @Override
    String database() {
        return "h2";
    }
}
