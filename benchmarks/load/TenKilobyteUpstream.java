import com.sun.net.httpserver.HttpServer;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;

/**
 * The upstream API of the inbound overhead benchmark: on a loopback port, every request (any method, any path) has
 * its body read and is answered 200 with the same 10 KB JSON document. Run with {@code java TenKilobyteUpstream.java
 * <port>}; it is never the bottleneck next to a scanning gateway (measured alone in the same run).
 */
public final class TenKilobyteUpstream {
    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        StringBuilder json = new StringBuilder("{\"records\":[");
        for (int i = 0; json.length() < 10_200; i++) {
            json.append(i == 0 ? "" : ",").append("{\"id\":\"rec-").append(i)
                    .append("\",\"status\":\"open\",\"title\":\"Quarterly planning notes, section ").append(i)
                    .append("\",\"summary\":\"Agenda items were reviewed and owners assigned for follow-up.\"}");
        }
        byte[] answer = json.append("]}").toString().getBytes(StandardCharsets.UTF_8);
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 256);
        server.createContext("/", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                in.readAllBytes();
            }
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        });
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.start();
        System.out.println("upstream on 127.0.0.1:" + port + ", answers " + answer.length + " bytes");
    }
}
