package io.interven.gateway.testing;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A real upstream API on a random loopback port that records every request it sees (whatever its path). Under any
 * path, a last segment {@code big} streams {@link #BIG_BYTES} bytes of {@link #patternByte} (holding after the first
 * {@link #BIG_HOLD_AFTER} until {@link #releaseBig()}), {@code slow} answers only after {@link #releaseSlow()}, and
 * {@code crm} answers {@link #CRM_RECORD}, {@code stall} sends {@link #STALL_BYTES} bytes and then nothing, anything else answers 200 with a small JSON body and headers the gateway must not hand back.
 */
public final class LocalUpstream implements AutoCloseable {
    public static final long BIG_BYTES = 50L * 1024 * 1024;
    public static final int BIG_HOLD_AFTER = 4 * 1024 * 1024;
    /** What {@code stall} sends before it stops sending (until {@link #releaseSlow()} or close). */
    public static final int STALL_BYTES = 1024;
    public static final byte[] ANSWER = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);

    /** A record a CRM answers a READ with: an e-mail address and a card number (path ending {@code /crm}). */
    public static final String CRM_CARD = "4111111111111111";
    public static final String CRM_RECORD = "{\"id\":\"901\",\"email\":\"jane.doe@example.com\","
            + "\"card_number\":\"" + CRM_CARD + "\"}";

    /** What the upstream saw of one request. */
    public record Seen(String method, String rawPath, String rawQuery, Headers headers, byte[] body, int remotePort) {
    }

    private final HttpServer server;
    private final ExecutorService handlers = Executors.newCachedThreadPool();
    private final List<Seen> seen = new CopyOnWriteArrayList<>();
    private final CountDownLatch bigRelease = new CountDownLatch(1);
    private final CountDownLatch slowRelease = new CountDownLatch(1);

    public LocalUpstream() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(handlers);
        server.start();
    }

    public static byte patternByte(long index) {
        return (byte) (index % 251);
    }

    /** The base URL {@code http://127.0.0.1:<port><path>}. */
    public URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public List<Seen> seen() {
        return List.copyOf(seen);
    }

    public Seen last() {
        return seen.get(seen.size() - 1);
    }

    public void releaseBig() {
        bigRelease.countDown();
    }

    public void releaseSlow() {
        slowRelease.countDown();
    }

    private void handle(HttpExchange exchange) throws IOException {
        URI uri = exchange.getRequestURI();
        byte[] body = exchange.getRequestBody().readAllBytes();
        seen.add(new Seen(exchange.getRequestMethod(), uri.getRawPath(), uri.getRawQuery(),
                copy(exchange.getRequestHeaders()), body, exchange.getRemoteAddress().getPort()));
        String path = uri.getRawPath();
        if (path.endsWith("/big")) {
            big(exchange);
        } else if (path.endsWith("/crm")) {
            byte[] record = CRM_RECORD.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, record.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(record);
            }
        } else if (path.endsWith("/stall")) {
            exchange.getResponseHeaders().add("Content-Type", "application/octet-stream");
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            out.write(new byte[STALL_BYTES]);
            out.flush();
            await(slowRelease);
            out.close();
        } else if (path.endsWith("/slow")) {
            await(slowRelease);
            answer(exchange);
        } else {
            answer(exchange);
        }
    }

    private static void answer(HttpExchange exchange) throws IOException {
        Headers headers = exchange.getResponseHeaders();
        headers.add("Content-Type", "application/json");
        headers.add("ETag", "\"v1\"");
        headers.add("Set-Cookie", "sid=upstream-session; HttpOnly");
        headers.add("Connection", "X-Upstream-Hop");
        headers.add("X-Upstream-Hop", "1");
        headers.add("Keep-Alive", "timeout=5");
        headers.add("Proxy-Authenticate", "Basic realm=upstream");
        headers.add("Trailer", "X-Checksum");
        headers.add("X-Interven-Decision", "ALLOW");
        headers.add("Alt-Svc", "h3=\":443\"");
        exchange.sendResponseHeaders(200, ANSWER.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(ANSWER);
        }
    }

    private void big(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "application/octet-stream");
        exchange.sendResponseHeaders(200, 0);
        byte[] chunk = new byte[64 * 1024];
        try (OutputStream out = exchange.getResponseBody()) {
            for (long written = 0; written < BIG_BYTES; written += chunk.length) {
                if (written == BIG_HOLD_AFTER) {
                    out.flush();
                    await(bigRelease);
                }
                for (int i = 0; i < chunk.length; i++) {
                    chunk[i] = patternByte(written + i);
                }
                out.write(chunk, 0, (int) Math.min(chunk.length, BIG_BYTES - written));
            }
        }
    }

    private static Headers copy(Headers headers) {
        Headers copy = new Headers();
        headers.forEach(copy::put);
        return copy;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        bigRelease.countDown();
        slowRelease.countDown();
        server.stop(0);
        handlers.shutdownNow();
    }
}
