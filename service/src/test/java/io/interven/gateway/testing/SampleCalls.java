package io.interven.gateway.testing;

import java.util.Map;

/** Scan requests (bodies of {@code POST /v1/scan}) that several tests send. */
public final class SampleCalls {
    /** A host no tool recognizer knows: calls to it are {@code custom_proxy}. */
    public static final String UNKNOWN_URL = "https://collector.unknown-destination.example/api/v1/items";

    private SampleCalls() {
    }

    /** A POST of {@code body} to {@link #UNKNOWN_URL}. */
    public static Map<String, Object> postToUnknownHost(Object body) {
        return Map.of("method", "POST", "url", UNKNOWN_URL, "body", body);
    }

    /** A POST of {@code body} to {@link #UNKNOWN_URL} with extra request headers. */
    public static Map<String, Object> postToUnknownHost(Object body, Map<String, String> headers) {
        return Map.of("method", "POST", "url", UNKNOWN_URL, "headers", headers, "body", body);
    }

    /** The benign call of the API reference: a Slack "hello". */
    public static Map<String, Object> slackHello() {
        return Map.of("method", "POST", "url", "https://hooks.slack.com/services/T0/B0/x",
                "body", Map.of("text", "hello"));
    }
}
