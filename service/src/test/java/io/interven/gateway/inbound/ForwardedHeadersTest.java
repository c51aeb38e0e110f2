package io.interven.gateway.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which headers cross the gateway each way, and how a route's credential is added. */
class ForwardedHeadersTest {
    static final RouteCredential BEARER = new RouteCredential.Bearer("route-token");

    static Map<String, List<String>> callerHeaders() {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("Content-Type", List.of("application/json"));
        headers.put("Accept", List.of("application/json"));
        headers.put("X-Request-Id", List.of("r-1"));
        headers.put("Authorization", List.of("Bearer iv_live_caller_key"));
        headers.put("cookie", List.of("session=caller"));
        headers.put("Connection", List.of("keep-alive, X-Hop-Secret", "close"));
        headers.put("X-Hop-Secret", List.of("hop"));
        headers.put("Keep-Alive", List.of("timeout=5"));
        headers.put("Proxy-Authorization", List.of("Basic cHJveHk6cHc="));
        headers.put("Proxy-Connection", List.of("keep-alive"));
        headers.put("TE", List.of("trailers"));
        headers.put("Trailer", List.of("X-Checksum"));
        headers.put("Transfer-Encoding", List.of("chunked"));
        headers.put("Upgrade", List.of("h2c"));
        headers.put("Host", List.of("gateway.example"));
        headers.put("Content-Length", List.of("999"));
        headers.put("Expect", List.of("100-continue"));
        headers.put("Accept-Encoding", List.of("gzip"));
        headers.put("X-Interven-Decision", List.of("ALLOW"));
        headers.put("x-interven-trace-id", List.of("forged"));
        return headers;
    }

    @Test
    void towardsTheUpstreamOnlyEndToEndHeadersAndTheRoutesCredentialCross() {
        Map<String, List<String>> sent = ForwardedHeaders.towardsUpstream(callerHeaders(), BEARER);

        assertThat(sent).containsOnlyKeys("Content-Type", "Accept", "X-Request-Id", "Authorization");
        assertThat(sent.get("Authorization")).containsExactly("Bearer route-token");
        assertThat(sent.get("Content-Type")).containsExactly("application/json");
    }

    @Test
    void eachCredentialKindIsSentAsItsHeader() {
        assertThat(ForwardedHeaders.towardsUpstream(Map.of(), new RouteCredential.Basic("user", "pässword:x")))
                .containsExactly(Map.entry("Authorization", List.of("Basic " + Base64.getEncoder().encodeToString(
                        "user:pässword:x".getBytes(StandardCharsets.UTF_8)))));
        assertThat(ForwardedHeaders.towardsUpstream(Map.of(), new RouteCredential.Header("X-Api-Key", "k-1")))
                .containsExactly(Map.entry("X-Api-Key", List.of("k-1")));
        assertThat(ForwardedHeaders.towardsUpstream(Map.of(), new RouteCredential.Query("key", "k-1"))).isEmpty();
    }

    @Test
    void theCallersOwnValueForTheRoutesCredentialHeaderNeverCrosses() {
        Map<String, List<String>> caller = new LinkedHashMap<>();
        caller.put("x-api-KEY", List.of("callers-own-key"));
        caller.put("X-Other", List.of("kept"));
        Map<String, List<String>> sent = ForwardedHeaders.towardsUpstream(caller,
                new RouteCredential.Header("X-Api-Key", "route-key"));

        assertThat(sent).containsOnlyKeys("X-Other", "X-Api-Key");
        assertThat(sent.get("X-Api-Key")).containsExactly("route-key");
        assertThat(sent.toString()).doesNotContain("callers-own-key");
    }

    @Test
    void aQueryCredentialRouteStillDropsTheCallersAuthorizationAndCookies() {
        Map<String, List<String>> sent = ForwardedHeaders.towardsUpstream(callerHeaders(),
                new RouteCredential.Query("key", "k"));
        assertThat(sent).containsOnlyKeys("Content-Type", "Accept", "X-Request-Id");
    }

    @Test
    void towardsTheCallerHopByHopHeadersCookiesForgedDecisionsAndTraceContextAreDropped() {
        Map<String, List<String>> upstream = new LinkedHashMap<>();
        upstream.put("content-type", List.of("application/json"));
        upstream.put("ETag", List.of("\"v1\""));
        upstream.put("Cache-Control", List.of("no-store"));
        upstream.put("Set-Cookie", List.of("sid=upstream-session; HttpOnly", "other=1"));
        upstream.put("set-cookie2", List.of("old=1"));
        upstream.put("Connection", List.of("X-Upstream-Hop"));
        upstream.put("X-Upstream-Hop", List.of("1"));
        upstream.put("Keep-Alive", List.of("timeout=5"));
        upstream.put("Transfer-Encoding", List.of("chunked"));
        upstream.put("Content-Length", List.of("10"));
        upstream.put("Proxy-Authenticate", List.of("Basic"));
        upstream.put("Upgrade", List.of("h2c"));
        upstream.put("Trailer", List.of("X-Checksum"));
        upstream.put("Alt-Svc", List.of("h3=\":443\""));
        upstream.put("X-Interven-Decision", List.of("ALLOW"));
        upstream.put(":status", List.of("200"));
        upstream.put("WWW-Authenticate", List.of("Bearer"));
        upstream.put("TraceParent", List.of("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"));
        upstream.put("tracestate", List.of("upstream=1"));

        assertThat(ForwardedHeaders.towardsCaller(upstream))
                .containsOnlyKeys("content-type", "ETag", "Cache-Control", "WWW-Authenticate");
    }

    @Test
    void malformedNamesAndValuesNeverCross() {
        Map<String, List<String>> caller = new LinkedHashMap<>();
        caller.put("X-Split", List.of("a\r\nX-Injected: 1", "fine\tvalue"));
        caller.put("Bad Name", List.of("x"));
        caller.put("X-Nul", List.of("a\u0000b"));
        caller.put("", List.of("x"));
        Map<String, List<String>> sent = ForwardedHeaders.towardsUpstream(caller, BEARER);
        assertThat(sent).containsOnlyKeys("X-Split", "Authorization");
        assertThat(sent.get("X-Split")).containsExactly("fine\tvalue");
    }

    @Test
    void aCredentialThatCannotBeAHeaderFailsWithoutShowingIt() {
        assertThatThrownBy(() -> ForwardedHeaders.towardsUpstream(Map.of(),
                new RouteCredential.Bearer("zq7secret\r\nX-Injected: yes")))
                .isInstanceOf(IllegalStateException.class).hasMessageNotContaining("zq7secret")
                .hasMessageNotContaining("Injected");
    }
}
