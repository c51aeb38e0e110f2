package io.interven.gateway.transport;

import io.interven.gateway.testing.RawHttp;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * One POST over a plain socket whose head declares a body it sends in parts, or stops sending: the parts a test
 * chooses, and the answer (or the server's silence) it then reads.
 */
final class PartialBody implements AutoCloseable {
    private final Socket socket;

    private PartialBody(Socket socket) {
        this.socket = socket;
    }

    /** Opens the connection and sends the head of a POST to {@code path} that declares {@code head}'s fields. */
    static PartialBody open(String baseUrl, String path, String key, String headers) throws IOException {
        URI base = URI.create(baseUrl);
        Socket socket = new Socket();
        socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 5_000);
        socket.setTcpNoDelay(true);
        PartialBody request = new PartialBody(socket);
        request.send(("POST " + path + " HTTP/1.1\r\nHost: gateway\r\nContent-Type: application/json\r\n"
                + "Authorization: Bearer " + key + "\r\n" + headers + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        return request;
    }

    static PartialBody withLength(String baseUrl, String key, int contentLength) throws IOException {
        return open(baseUrl, "/v1/scan", key, "Content-Length: " + contentLength + "\r\n");
    }

    /** Sends more of the body; false when the server has closed the connection already. */
    boolean send(byte[] bytes) {
        try {
            socket.getOutputStream().write(bytes);
            socket.getOutputStream().flush();
            return true;
        } catch (IOException closed) {
            return false;
        }
    }

    boolean send(String text) {
        return send(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The answer, waiting for it at most {@code millis}; status -1 when none came. */
    RawHttp.Answer answer(int millis) throws IOException {
        socket.setSoTimeout(millis);
        return RawHttp.read(socket.getInputStream());
    }

    /** True when the server has neither answered nor closed the connection (looked at for 50 ms). */
    boolean waiting() throws IOException {
        socket.setSoTimeout(50);
        InputStream in = socket.getInputStream();
        try {
            in.read();
            return false;
        } catch (SocketTimeoutException silent) {
            return true;
        } catch (IOException reset) {
            return false;
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
