package io.interven.gateway.errors;

import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The server's own error answers (bad request line, bad escapes, URI or headers too large, bad HTTP version) as the
 * uniform JSON error body instead of Jetty's HTML page, whatever the method; never a stack trace or the server's
 * reason text.
 */
public class JsonServerErrorHandler extends ErrorHandler {
    public JsonServerErrorHandler() {
        setShowStacks(false);
        setShowCauses(false);
        setShowMessageInTitle(false);
    }

    /**
     * Every method gets the body: Jetty writes an error body only for GET, POST and HEAD, so a {@code TRACE}, a
     * {@code PUT} on a path nothing serves or a made-up method would be answered with an empty body.
     */
    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        JsonErrorResponses.write(response, code, callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        return JsonErrorResponses.badMessage(status, fields);
    }
}
