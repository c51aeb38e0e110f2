package io.interven.gateway.errors;

import java.nio.ByteBuffer;
import org.eclipse.jetty.ee10.servlet.ErrorHandler;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Errors a servlet context answers outside Jersey (an ambiguous or undecodable path, a method no filter lets through,
 * a servlet's sendError) as the uniform JSON error body, whatever the method; never an HTML page or a stack trace.
 */
public class JsonContextErrorHandler extends ErrorHandler {
    public JsonContextErrorHandler() {
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
