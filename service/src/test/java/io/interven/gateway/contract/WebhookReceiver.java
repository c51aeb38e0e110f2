package io.interven.gateway.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.interven.gateway.testing.GatewayHarness;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;

/**
 * A local HTTP server standing in for webhook endpoints, recording every body posted to it by path. {@code /ok/...}
 * answers 204, {@code /failing/...} answers 500, and {@code /blocked/...} holds the request until {@link #close()}.
 */
final class WebhookReceiver implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService handlers = Executors.newCachedThreadPool();
    private final ConcurrentHashMap<String, List<String>> bodies = new ConcurrentHashMap<>();
    private final CountDownLatch blockedArrived = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private final AtomicBoolean closed = new AtomicBoolean();

    WebhookReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/ok", exchange -> answer(exchange, 204));
        server.createContext("/failing", exchange -> answer(exchange, 500));
        server.createContext("/blocked", exchange -> {
            record(exchange);
            blockedArrived.countDown();
            awaitQuietly(release);
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.setExecutor(handlers);
        server.start();
    }

    /** The URL of {@code path} on this server, e.g. {@code url("/ok/json")}. */
    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** Every body received on {@code path}, in arrival order. */
    List<String> received(String path) {
        return List.copyOf(bodies.getOrDefault(path, List.of()));
    }

    /** The first JSON body received on {@code path} that satisfies {@code wanted}, waiting up to 10 s. */
    Optional<JsonNode> await(String path, Predicate<JsonNode> wanted) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        do {
            for (String body : received(path)) {
                JsonNode json = parse(body);
                if (json != null && wanted.test(json)) {
                    return Optional.of(json);
                }
            }
            pause();
        } while (System.nanoTime() < deadline);
        return Optional.empty();
    }

    /** Waits up to 10 s for a delivery to reach {@code /blocked}; true once one is being held there. */
    boolean awaitBlockedDelivery() {
        try {
            return blockedArrived.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** True while deliveries to {@code /blocked} are still held (until {@link #close()}). */
    boolean stillBlocking() {
        return release.getCount() > 0;
    }

    /** Releases held deliveries and stops the server; closing again does nothing. */
    @Override
    public void close() {
        release.countDown();
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        server.stop(0);
        handlers.shutdownNow();
    }

    private void answer(HttpExchange exchange, int status) throws IOException {
        record(exchange);
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    private void record(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        bodies.computeIfAbsent(exchange.getRequestURI().getPath(), p -> new CopyOnWriteArrayList<>()).add(body);
    }

    private static JsonNode parse(String body) {
        try {
            return GatewayHarness.JSON.readTree(body);
        } catch (IOException notJson) {
            return null;
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
