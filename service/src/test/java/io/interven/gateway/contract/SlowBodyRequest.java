package io.interven.gateway.contract;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * One HTTP/1.1 POST over a plain socket whose body follows its head after a pause, as a client on a slow link
 * sends it; reports the answer's head and whether the server then closed the connection.
 */
final class SlowBodyRequest {
    private static final int WAIT_FOR_CLOSE_MILLIS = 1000;

    /** The answer's status line and headers, and whether the server closed the connection after it. */
    record Outcome(String head, boolean closedByServer) {
        int status() {
            return Integer.parseInt(head.split(" ")[1]);
        }
    }

    private SlowBodyRequest() {
    }

    static Outcome post(String baseUrl, String path, String bearerKey, String body, int pauseMillis)
            throws IOException, InterruptedException {
        URI base = URI.create(baseUrl);
        byte[] content = body.getBytes(StandardCharsets.UTF_8);
        String head = "POST " + path + " HTTP/1.1\r\nHost: " + base.getHost() + "\r\n"
                + "Content-Type: application/json\r\nContent-Length: " + content.length + "\r\n"
                + (bearerKey == null ? "" : "Authorization: Bearer " + bearerKey + "\r\n") + "\r\n";
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(WAIT_FOR_CLOSE_MILLIS);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            Thread.sleep(pauseMillis);
            try {
                out.write(content);
                out.flush();
            } catch (IOException closedAlready) {
                // the server may have closed already; what it answered is read below
            }
            return read(socket.getInputStream());
        }
    }

    private static Outcome read(InputStream in) throws IOException {
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        boolean closed = false;
        try {
            int n;
            while ((n = in.read(buffer)) != -1) {
                received.write(buffer, 0, n);
            }
            closed = true;
        } catch (SocketTimeoutException stillOpen) {
            closed = false;
        } catch (IOException reset) {
            closed = true;
        }
        String text = received.toString(StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        return new Outcome(end < 0 ? text : text.substring(0, end), closed);
    }
}
