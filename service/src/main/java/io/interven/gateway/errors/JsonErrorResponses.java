package io.interven.gateway.errors;

import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** Writes a {@link ProtocolErrors} body as the whole answer, whatever the client accepts. */
final class JsonErrorResponses {
    static final String JSON = "application/json";
    private static final HttpField NO_STORE = new HttpField(HttpHeader.CACHE_CONTROL, "no-store");

    private JsonErrorResponses() {
    }

    static void write(Response response, int status, Callback callback) {
        response.setStatus(status);
        HttpFields.Mutable headers = response.getHeaders();
        headers.put(HttpHeader.CONTENT_TYPE, JSON);
        headers.put(NO_STORE);
        response.write(true, ByteBuffer.wrap(ProtocolErrors.jsonFor(status)), callback);
    }

    /** The body of an answer to a message too broken to become a request (the connection closes after it). */
    static ByteBuffer badMessage(int status, HttpFields.Mutable headers) {
        if (headers != null) {
            headers.put(HttpHeader.CONTENT_TYPE, JSON);
        }
        return ByteBuffer.wrap(ProtocolErrors.jsonFor(status));
    }
}
