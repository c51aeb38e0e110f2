package io.interven.gateway.server;

import io.interven.gateway.request.BodyPace;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Reads every request body whole, without holding a thread, before the request is handled. The resources read
 * bodies with blocking I/O; without this, a client that declares a body and then sends it slowly or not at all
 * holds a request thread for as long as the connection's idle timeout, and enough such clients take every thread.
 * Here the waiting costs no thread: Jetty calls back when bytes arrive, and a timer refuses the body (408, connection
 * closed) when it falls behind its {@link BodyPace} or is not whole within the body timeout. A body larger than
 * MAX_BODY_BYTES on the wire is refused (413) as soon as it passes the limit, and when the bodies waiting for their
 * rest fill the {@link ReadAheadBudget} a new one is refused (503 with Retry-After). A refused request is still
 * handled, with a body whose reading fails with the refusal, so it is answered like any other error. A body that
 * arrives with its head, as most do, is handed on at once without a copy or a timer.
 */
public final class BodyReadAhead extends Handler.Wrapper {
    private final BodyReadAheadRules rules;

    public BodyReadAhead(BodyReadAheadRules rules) {
        this.rules = rules;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        Handler next = getHandler();
        if (next == null) {
            return false;
        }
        if (!declaresBody(request.getHeaders())) {
            return next.handle(request, response, callback);
        }
        new BodyLoad(rules, next, request, response, callback).start();
        return true;
    }

    /** An HTTP/1 request has a body when it says so: a Content-Length above zero or a Transfer-Encoding. */
    static boolean declaresBody(HttpFields headers) {
        if (headers.contains(HttpHeader.TRANSFER_ENCODING)) {
            return true;
        }
        String length = headers.get(HttpHeader.CONTENT_LENGTH);
        return length != null && !length.equals("0");
    }
}
