import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A stand-in upstream for benchmarks/load/inbound-overhead.sh: listens on 127.0.0.1 and answers every request with
 * the same benign 10,240-byte JSON body (Content-Length set, keep-alive), after reading and discarding the request
 * body. Run as a single-file program, nothing to build:
 *
 * <pre>java -Dsun.net.httpserver.nodelay=true benchmarks/load/TenKbUpstream.java PORT [CREDENTIAL_HEADER CREDENTIAL]</pre>
 *
 * <p>{@code GET /__count} answers "total credentialed": how many requests it answered (the count itself excluded),
 * and how many of them carried header CREDENTIAL_HEADER with value CREDENTIAL, so the script can check that the
 * gateway really forwarded its calls with the route's credential. A path ending in {@code /raw} gets the same bytes
 * as {@code application/octet-stream} (an answer the gateway streams back without classifying it).
 *
 * <p>{@code sun.net.httpserver.nodelay=true} matters: without it the JDK server leaves Nagle's algorithm on and a
 * keep-alive client can wait for a delayed ACK (tens of milliseconds) on every answer.
 */
public final class TenKbUpstream {
    static final int BODY_BYTES = 10 * 1024;

    public static void main(String[] args) throws IOException {
        int port = Integer.parseInt(args[0]);
        String credentialHeader = args.length > 2 ? args[1] : null;
        String credential = args.length > 2 ? args[2] : null;
        byte[] body = body();
        AtomicLong total = new AtomicLong();
        AtomicLong credentialed = new AtomicLong();

        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 256);
        server.createContext("/", exchange -> {
            try (exchange) {
                drain(exchange.getRequestBody());
                if (exchange.getRequestURI().getPath().equals("/__count")) {
                    answer(exchange, "text/plain", (total.get() + " " + credentialed.get() + "\n")
                            .getBytes(StandardCharsets.US_ASCII));
                    return;
                }
                total.incrementAndGet();
                if (credentialHeader != null
                        && credential.equals(exchange.getRequestHeaders().getFirst(credentialHeader))) {
                    credentialed.incrementAndGet();
                }
                boolean raw = exchange.getRequestURI().getPath().endsWith("/raw");
                answer(exchange, raw ? "application/octet-stream" : "application/json", body);
            }
        });
        // a pool larger than any connection count the script uses, so that no request waits for a thread
        server.setExecutor(Executors.newFixedThreadPool(32));
        server.start();
        System.out.println("upstream listening on 127.0.0.1:" + port + ", " + body.length + "-byte answers");
    }

    private static void answer(HttpExchange exchange, String type, byte[] bytes) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void drain(InputStream in) throws IOException {
        byte[] buffer = new byte[8192];
        while (in.read(buffer) != -1) {
            // discarded
        }
    }

    /** Benign records (no secret, no personal data, no digits a detector could read as one) padded to 10,240 bytes. */
    private static byte[] body() {
        String record = "{\"kind\":\"note\",\"title\":\"Garden plan\",\"text\":\"Water the tomatoes in the morning, "
                + "move the basil to the sunny side and order more mulch for the north beds.\"}";
        StringBuilder json = new StringBuilder("{\"items\":[");
        String tail = "],\"more\":false,\"pad\":\"\"}";
        while (json.length() + 1 + record.length() + tail.length() < BODY_BYTES) {
            json.append(json.charAt(json.length() - 1) == '[' ? "" : ",").append(record);
        }
        json.append("],\"more\":false,\"pad\":\"");
        json.append("x".repeat(BODY_BYTES - json.length() - 2)).append("\"}");
        byte[] bytes = json.toString().getBytes(StandardCharsets.US_ASCII);
        if (bytes.length != BODY_BYTES) {
            throw new IllegalStateException("body is " + bytes.length + " bytes");
        }
        return bytes;
    }
}
