package io.interven.gateway.contract;

import static io.interven.gateway.contract.ErrorAssertions.assertError;
import static io.interven.gateway.contract.ErrorAssertions.failingFields;
import static io.interven.gateway.contract.SignedCalls.headers;
import static io.interven.gateway.contract.SignedCalls.newNonce;
import static io.interven.gateway.contract.SignedCalls.now;
import static io.interven.gateway.contract.SignedCalls.send;
import static io.interven.gateway.contract.SignedCalls.signature;
import static io.interven.gateway.contract.SignedCalls.signedScan;
import static org.assertj.core.api.Assertions.assertThat;

import io.interven.gateway.testing.DatabaseRows;
import io.interven.gateway.testing.GatewayHarness;
import io.interven.gateway.testing.HttpResult;
import io.interven.gateway.testing.TenantFixture;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Signed requests and the replay window: a good signature passes once; a timestamp outside the window or a nonce
 * used again answers 401 REPLAYED; malformed headers and a signature that does not match this key, method, target
 * and body answer 401 BAD_SIGNATURE; unsigned requests keep working.
 */
abstract class ReplayContract extends GatewayContract {
    private static final byte[] SCAN = GatewayHarness.write(ScanCalls.benign()).getBytes(StandardCharsets.UTF_8);

    private HttpResult scanSignedAt(TenantFixture tenant, long timestamp, String nonce) {
        return send(gateway(), "POST", "/v1/scan", headers(tenant.key(), timestamp, nonce,
                signature(tenant.key(), timestamp, nonce, "POST", "/v1/scan", SCAN)), SCAN);
    }

    private static void assertRefused(HttpResult answer, String code, String header) {
        assertError(answer, 401, code);
        assertThat(failingFields(answer)).containsExactly(header);
        assertThat(answer.headers().firstValue("WWW-Authenticate")).as("every 401 names its scheme")
                .hasValue("Bearer realm=\"interven\"");
    }

    @Test
    void aCorrectlySignedScanIsDecided() {
        TenantFixture tenant = newTenant();

        HttpResult answer = signedScan(gateway(), tenant.key(), newNonce());

        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        assertThat(answer.field("decision")).isEqualTo("ALLOW");
    }

    @Test
    void aSignedGetCoversItsQueryString() {
        TenantFixture tenant = newTenant();
        String target = "/v1/traces?limit=5";
        long now = now();
        String nonce = newNonce();
        String withoutQuery = signature(tenant.key(), now, nonce, "GET", "/v1/traces", new byte[0]);

        assertRefused(send(gateway(), "GET", target, headers(tenant.key(), now, nonce, withoutQuery), new byte[0]),
                "BAD_SIGNATURE", "X-Interven-Signature");
        HttpResult answer = send(gateway(), "GET", target, headers(tenant.key(), now, nonce,
                signature(tenant.key(), now, nonce, "GET", target, new byte[0])), new byte[0]);
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
    }

    @Test
    void unsignedRequestsKeepWorking() {
        TenantFixture tenant = newTenant();

        assertThat(tenant.scan(ScanCalls.benign()).status()).isEqualTo(200);
        assertThat(tenant.scan(ScanCalls.benign()).status()).isEqualTo(200);
    }

    @Test
    void aTimestampAnHourOldIsReplayed() {
        TenantFixture tenant = newTenant();

        assertRefused(scanSignedAt(tenant, now() - 3600, newNonce()), "REPLAYED", "X-Interven-Timestamp");
    }

    @Test
    void aTimestampAnHourAheadIsReplayed() {
        TenantFixture tenant = newTenant();

        assertRefused(scanSignedAt(tenant, now() + 3600, newNonce()), "REPLAYED", "X-Interven-Timestamp");
    }

    @Test
    void aTimestampWellInsideTheWindowOnEitherSideIsAccepted() {
        TenantFixture tenant = newTenant();

        assertThat(scanSignedAt(tenant, now() - 30, newNonce()).status()).isEqualTo(200);
        assertThat(scanSignedAt(tenant, now() + 30, newNonce()).status()).isEqualTo(200);
    }

    @Test
    void aRepeatedNonceIsReplayedEvenWithAFreshTimestampAndSignature() {
        TenantFixture tenant = newTenant();
        String nonce = newNonce();

        assertThat(scanSignedAt(tenant, now(), nonce).status()).isEqualTo(200);
        assertRefused(scanSignedAt(tenant, now(), nonce), "REPLAYED", "X-Interven-Nonce");
        assertRefused(scanSignedAt(tenant, now() - 20, nonce), "REPLAYED", "X-Interven-Nonce");
    }

    @Test
    void aNonceIsUsedUpOnlyInItsOwnTenant() {
        TenantFixture first = newTenant();
        TenantFixture second = newTenant();
        String nonce = newNonce();

        assertThat(scanSignedAt(first, now(), nonce).status()).isEqualTo(200);
        assertThat(scanSignedAt(second, now(), nonce).status()).isEqualTo(200);
    }

    @Test
    void aWrongSignatureIsRefusedAndDoesNotUseUpTheNonce() {
        TenantFixture tenant = newTenant();
        String nonce = newNonce();

        assertRefused(send(gateway(), "POST", "/v1/scan", headers(tenant.key(), now(), nonce, "v1=00"), SCAN),
                "BAD_SIGNATURE", "X-Interven-Signature");
        assertThat(scanSignedAt(tenant, now(), nonce).status()).isEqualTo(200);
    }

    @Test
    void aSignatureMadeWithAnotherKeyIsRefused() {
        TenantFixture tenant = newTenant();
        TenantFixture other = newTenant();
        long now = now();
        String nonce = newNonce();

        assertRefused(send(gateway(), "POST", "/v1/scan", headers(tenant.key(), now, nonce,
                        signature(other.key(), now, nonce, "POST", "/v1/scan", SCAN)), SCAN),
                "BAD_SIGNATURE", "X-Interven-Signature");
    }

    @ParameterizedTest(name = "signed for {0} {1} with body {2}")
    @CsvSource({
            "POST, /v1/scan, '{\"method\":\"GET\",\"url\":\"https://example.org/\"}'",
            "POST, /v1/scan/response, ''",
            "PUT, /v1/scan, ''"})
    void aSignatureMadeForAnotherBodyPathOrMethodIsRefused(String method, String target, String otherBody) {
        TenantFixture tenant = newTenant();
        long now = now();
        String nonce = newNonce();
        byte[] signedBody = otherBody.isEmpty() ? SCAN : otherBody.getBytes(StandardCharsets.UTF_8);

        HttpResult answer = send(gateway(), "POST", "/v1/scan", headers(tenant.key(), now, nonce,
                signature(tenant.key(), now, nonce, method, target, signedBody)), SCAN);

        assertRefused(answer, "BAD_SIGNATURE", "X-Interven-Signature");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "X-Interven-Timestamp, soon",
            "X-Interven-Timestamp, -5",
            "X-Interven-Timestamp, 12.5",
            "X-Interven-Nonce, short",
            "X-Interven-Nonce, has spaces in it",
            "X-Interven-Signature, sha256=abcd",
            "X-Interven-Signature, v1=not-hex",
            "X-Interven-Signature, ''"})
    void malformedHeadersAreRefusedNamingTheHeader(String header, String value) {
        TenantFixture tenant = newTenant();
        long now = now();
        String nonce = newNonce();
        Map<String, String> headers = new HashMap<>(headers(tenant.key(), now, nonce,
                signature(tenant.key(), now, nonce, "POST", "/v1/scan", SCAN)));
        if (value.isEmpty()) {
            headers.remove(header);
        } else {
            headers.put(header, value);
        }

        assertRefused(send(gateway(), "POST", "/v1/scan", headers, SCAN), "BAD_SIGNATURE", header);
    }

    @Test
    void theSameSignedRequestSentConcurrentlyPassesExactlyOnce() throws Exception {
        TenantFixture tenant = newTenant();
        long now = now();
        String nonce = newNonce();
        Map<String, String> headers = headers(tenant.key(), now, nonce,
                signature(tenant.key(), now, nonce, "POST", "/v1/scan", SCAN));
        List<HttpResult> results = SignedCalls.scanAtOnce(List.of(gateway()), 8, headers, SCAN);

        assertThat(results).filteredOn(r -> r.status() == 200).hasSize(1);
        results.stream().filter(r -> r.status() != 200)
                .forEach(r -> assertRefused(r, "REPLAYED", "X-Interven-Nonce"));
    }

    @Test
    void aNonceIsStoredUntilItsTimestampLeavesTheWindowAndNothingElseOfTheRequest() {
        TenantFixture tenant = newTenant();
        long signedAt = now() - 10;
        String nonce = newNonce();

        assertThat(scanSignedAt(tenant, signedAt, nonce).status()).isEqualTo(200);

        int window = gateway().configuration().limits.replayWindowSeconds;
        assertThat(DatabaseRows.column(gateway().database(), "SELECT expires_at FROM request_nonces WHERE tenant_id = '"
                + tenant.tenantId() + "' AND nonce = '" + nonce + "'"))
                .as("the last millisecond of the second the timestamp leaves the window in")
                .containsExactly(String.valueOf((signedAt + window + 1) * 1000 - 1));
    }

    @Test
    void aSignedBodyOverTheLimitIsRefusedFromTheBytesRead() {
        TenantFixture tenant = newTenant();
        byte[] body = ("{\"method\":\"POST\",\"url\":\"https://example.org/\",\"body\":\""
                + "a".repeat(gateway().configuration().limits.maxBodyBytes) + "\"}").getBytes(StandardCharsets.UTF_8);
        long now = now();
        String nonce = newNonce();

        HttpResult answer = send(gateway(), "POST", "/v1/scan", headers(tenant.key(), now, nonce,
                signature(tenant.key(), now, nonce, "POST", "/v1/scan", body)), body);

        assertError(answer, 413, "PAYLOAD_TOO_LARGE");
    }
}
