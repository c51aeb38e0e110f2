package io.interven.gateway.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Sends bytes over a plain socket, for requests no HTTP client would send, and reads the one answer. */
public final class RawHttp {
    private static final int TIMEOUT_MILLIS = 15_000;

    private RawHttp() {
    }

    /** An answer: status line, head (all header lines) and body, as text. */
    public record Answer(int status, String head, String body) {
        /** The value of a header, or null. */
        public String header(String name) {
            for (String line : head.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
                    return line.substring(colon + 1).trim();
                }
            }
            return null;
        }
    }

    public static Answer send(String baseUrl, byte[] request) {
        URI base = URI.create(baseUrl);
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), TIMEOUT_MILLIS);
            socket.setSoTimeout(TIMEOUT_MILLIS);
            socket.getOutputStream().write(request);
            socket.getOutputStream().flush();
            return read(socket.getInputStream());
        } catch (IOException e) {
            throw new IllegalStateException("raw request failed", e);
        }
    }

    public static Answer send(String baseUrl, String request) {
        return send(baseUrl, request.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** Reads one answer from a connection already sent a request (until its length is read, it closes or times out). */
    public static Answer read(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int headEnd = -1;
        int contentLength = -1;
        try {
            int n;
            while ((n = in.read(buffer)) != -1) {
                all.write(buffer, 0, n);
                String text = all.toString(StandardCharsets.ISO_8859_1);
                if (headEnd < 0 && (headEnd = text.indexOf("\r\n\r\n")) >= 0) {
                    contentLength = contentLength(text.substring(0, headEnd));
                }
                if (headEnd >= 0 && contentLength >= 0 && all.size() >= headEnd + 4 + contentLength) {
                    break;
                }
            }
        } catch (SocketTimeoutException | java.net.SocketException ended) {
            // the server stopped sending: take what arrived
        }
        String text = all.toString(StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        String head = end < 0 ? text : text.substring(0, end);
        String body = end < 0 ? "" : text.substring(end + 4);
        if (contentLength >= 0 && body.length() > contentLength) {
            body = body.substring(0, contentLength);
        }
        String[] statusLine = head.split("\r\n", 2)[0].split(" ");
        int status = statusLine.length > 1 && statusLine[1].matches("\\d{3}") ? Integer.parseInt(statusLine[1]) : -1;
        return new Answer(status, head, body);
    }

    private static int contentLength(String head) {
        for (String line : head.split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                return Integer.parseInt(line.substring("content-length:".length()).trim());
            }
        }
        return -1;
    }
}
