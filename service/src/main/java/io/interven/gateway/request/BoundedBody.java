package io.interven.gateway.request;

import io.interven.gateway.errors.ApiException;
import io.interven.gateway.errors.ErrorCode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.BadMessageException;

/**
 * Reads a request body up to a limit and at a least pace. 413 is decided from the bytes actually read, not from
 * Content-Length; a body slower than its {@link BodyPace}, or one the server stopped waiting for (idle timeout),
 * answers 408 and its connection is closed; a body that breaks off answers 400.
 */
public final class BoundedBody {
    private BoundedBody() {
    }

    public static byte[] read(InputStream in, int maxBytes) {
        return read(in, maxBytes, BodyPace.NONE);
    }

    public static byte[] read(InputStream in, int maxBytes, BodyPace pace) {
        // small to start with: most calls are a few kilobytes, and the array doubles for the others
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(maxBytes, 2048));
        byte[] buffer = new byte[4096];
        long started = System.nanoTime();
        long total = 0;
        try {
            int n;
            while ((n = in.read(buffer)) != -1) {
                total += n;
                if (total > maxBytes) {
                    throw new ApiException(ErrorCode.PAYLOAD_TOO_LARGE,
                            "request body exceeds MAX_BODY_BYTES (" + maxBytes + " bytes)");
                }
                out.write(buffer, 0, n);
                if (pace.tooSlow(total, System.nanoTime() - started)) {
                    throw new BadMessageException(408, "request body slower than the minimum pace");
                }
            }
        } catch (IOException e) {
            throw new BadMessageException(timedOut(e) ? 408 : 400, "request body could not be read");
        }
        return out.toByteArray();
    }

    private static boolean timedOut(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof TimeoutException) {
                return true;
            }
        }
        return false;
    }
}
