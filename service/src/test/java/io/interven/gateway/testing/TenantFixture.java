package io.interven.gateway.testing;

/** A tenant made for one test, with a key holding admin, analyst and scan in environment {@code production}. */
public record TenantFixture(GatewayHarness gateway, String tenantId, String key, String keyId) {
    public HttpResult scan(Object request) {
        return gateway.post("/v1/scan", key, request);
    }
}
