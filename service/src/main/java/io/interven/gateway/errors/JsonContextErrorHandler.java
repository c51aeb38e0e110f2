package io.interven.gateway.errors;

import java.nio.ByteBuffer;
import org.eclipse.jetty.ee10.servlet.ErrorHandler;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Errors a servlet context answers outside Jersey (an ambiguous or undecodable path, a servlet's sendError) as the
 * uniform JSON error body; never an HTML page or a stack trace.
 */
public class JsonContextErrorHandler extends ErrorHandler {
    public JsonContextErrorHandler() {
        setShowStacks(false);
        setShowCauses(false);
        setShowMessageInTitle(false);
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
