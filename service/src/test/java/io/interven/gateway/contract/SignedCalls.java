package io.interven.gateway.contract;

import io.interven.gateway.testing.GatewayHarness;
import io.interven.gateway.testing.HttpResult;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs requests the way a client does, written from the documented recipe (not from the gateway's code): hex
 * HMAC-SHA256 over "timestamp\nnonce\nMETHOD\ntarget\nhex sha256(body)", keyed by the hex SHA-256 of the key.
 */
final class SignedCalls {
    private static final HexFormat HEX = HexFormat.of();

    private SignedCalls() {
    }

    static long now() {
        return System.currentTimeMillis() / 1000;
    }

    static String newNonce() {
        return UUID.randomUUID().toString();
    }

    static String sha256Hex(byte[] bytes) {
        try {
            return HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String signature(String key, long timestamp, String nonce, String method, String target, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(sha256Hex(key.getBytes(StandardCharsets.UTF_8))
                    .getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            String text = timestamp + "\n" + nonce + "\n" + method + "\n" + target + "\n" + sha256Hex(body);
            return "v1=" + HEX.formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The signing headers, and Authorization, of {@code method target} with {@code body}. */
    static Map<String, String> headers(String key, long timestamp, String nonce, String signature) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Authorization", "Bearer " + key);
        headers.put("X-Interven-Timestamp", String.valueOf(timestamp));
        headers.put("X-Interven-Nonce", nonce);
        headers.put("X-Interven-Signature", signature);
        return headers;
    }

    /** Sends {@code method target} with exactly these headers, and a JSON body unless it is empty. */
    static HttpResult send(GatewayHarness gateway, String method, String target, Map<String, String> headers,
                           byte[] body) {
        Map<String, String> all = new LinkedHashMap<>(headers);
        if (body.length > 0) {
            all.put("Content-Type", "application/json");
        }
        HttpRequest.BodyPublisher publisher = body.length > 0 ? HttpRequest.BodyPublishers.ofByteArray(body)
                : HttpRequest.BodyPublishers.noBody();
        return gateway.exchange(method, target, all, publisher);
    }

    /** A benign scan, correctly signed now with a fresh nonce. */
    static HttpResult signedScan(GatewayHarness gateway, String key, String nonce) {
        byte[] body = GatewayHarness.write(ScanCalls.benign()).getBytes(StandardCharsets.UTF_8);
        long now = now();
        return send(gateway, "POST", "/v1/scan",
                headers(key, now, nonce, signature(key, now, nonce, "POST", "/v1/scan", body)), body);
    }

    /**
     * Sends the same signed scan {@code requests} times all at once, round robin over {@code gateways}; the answers
     * in the order sent.
     */
    static List<HttpResult> scanAtOnce(List<GatewayHarness> gateways, int requests, Map<String, String> headers,
                                       byte[] body) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(requests);
        try {
            List<Future<HttpResult>> answers = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                GatewayHarness gateway = gateways.get(i % gateways.size());
                Callable<HttpResult> call = () -> {
                    start.await();
                    return send(gateway, "POST", "/v1/scan", headers, body);
                };
                answers.add(pool.submit(call));
            }
            start.countDown();
            List<HttpResult> results = new ArrayList<>();
            for (Future<HttpResult> answer : answers) {
                results.add(answer.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
