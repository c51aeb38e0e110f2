package io.interven.gateway.transport;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Many connections that each trickle one byte per tick (or nothing), driven by one thread over non-blocking
 * sockets, and which notice when the server closes them.
 */
final class SlowClients implements AutoCloseable {
    /** How a client misbehaves. */
    enum Kind {
        /** sends a request line and headers that never end, one byte per tick */
        SLOW_HEAD,
        /** sends a complete head, then its body one byte per tick */
        SLOW_BODY,
        /** connects and sends nothing */
        IDLE
    }

    private static final class Client {
        final Kind kind;
        final SocketChannel channel;
        final byte[] script;
        int sent;
        boolean closedByServer;

        Client(Kind kind, SocketChannel channel, byte[] script) {
            this.kind = kind;
            this.channel = channel;
            this.script = script;
        }
    }

    private final List<Client> clients = new ArrayList<>();

    /** Opens {@code count} clients of {@code kind}; {@code key} authenticates the slow bodies. */
    void open(URI base, Kind kind, int count, String key) throws IOException {
        for (int i = 0; i < count; i++) {
            SocketChannel channel = SocketChannel.open(new InetSocketAddress(base.getHost(), base.getPort()));
            channel.configureBlocking(false);
            Client client = new Client(kind, channel, script(kind, key));
            if (kind == Kind.SLOW_BODY) {
                int head = new String(client.script, StandardCharsets.ISO_8859_1).indexOf("\r\n\r\n") + 4;
                client.sent = write(channel, client.script, 0, head);
            }
            clients.add(client);
        }
    }

    private static byte[] script(Kind kind, String key) {
        String text = switch (kind) {
            case SLOW_HEAD -> "POST /v1/scan HTTP/1.1\r\nHost: gateway\r\nX-Slow: " + "a".repeat(4000);
            case SLOW_BODY -> "POST /v1/scan HTTP/1.1\r\nHost: gateway\r\nAuthorization: Bearer " + key
                    + "\r\nContent-Type: application/json\r\nContent-Length: 4000\r\n\r\n{\"method\":\"POST\",\"x\":\""
                    + "a".repeat(4000);
            case IDLE -> "";
        };
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static int write(SocketChannel channel, byte[] bytes, int from, int to) throws IOException {
        return channel.write(ByteBuffer.wrap(bytes, from, to - from));
    }

    /** Sends every live client's next byte and notes the ones the server closed; answers how many are still open. */
    int tick() {
        ByteBuffer sink = ByteBuffer.allocate(4096);
        int open = 0;
        for (Client client : clients) {
            if (client.closedByServer) {
                continue;
            }
            try {
                if (client.kind != Kind.IDLE && client.sent < client.script.length) {
                    client.sent += write(client.channel, client.script, client.sent, client.sent + 1);
                }
                int read;
                do {
                    sink.clear();
                    read = client.channel.read(sink);
                } while (read > 0);
                if (read < 0) {
                    client.closedByServer = true;
                }
            } catch (IOException reset) {
                client.closedByServer = true;
            }
            if (!client.closedByServer) {
                open++;
            }
        }
        return open;
    }

    /** The clients of {@code kind} the server has not closed. */
    long openOf(Kind kind) {
        return clients.stream().filter(c -> c.kind == kind && !c.closedByServer).count();
    }

    @Override
    public void close() {
        for (Client client : clients) {
            try {
                client.channel.close();
            } catch (IOException ignored) {
                // closing is best effort
            }
        }
    }
}
