package io.interven.gateway.request;

import io.interven.gateway.errors.ApiException;
import io.interven.gateway.errors.ErrorCode;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.BadMessageException;

/**
 * Reads a request body up to a limit and at a least pace. 413 is decided from the bytes actually read, not from
 * Content-Length; a body slower than its {@link BodyPace}, or one the server stopped waiting for (idle timeout),
 * answers 408 and its connection is closed; a body that breaks off answers 400.
 */
public final class BoundedBody {
    private static final int MIN_BYTES = 512;

    private BoundedBody() {
    }

    public static byte[] read(InputStream in, int maxBytes) {
        return read(in, maxBytes, BodyPace.NONE);
    }

    public static byte[] read(InputStream in, int maxBytes, BodyPace pace) {
        // read straight into the array that is answered, doubled when full and cut to size once at the end: as large
        // as what has already arrived (most calls arrive whole with their headers), one byte more so that the end of
        // the body is read without growing it; one byte of room past the limit tells a body that exceeds it
        long started = System.nanoTime();
        int total = 0;
        try {
            byte[] body = new byte[(int) Math.min((long) maxBytes + 1, Math.max(MIN_BYTES, in.available() + 1L))];
            int n;
            while ((n = in.read(body, total, body.length - total)) != -1) {
                total += n;
                if (total > maxBytes) {
                    throw new ApiException(ErrorCode.PAYLOAD_TOO_LARGE,
                            "request body exceeds MAX_BODY_BYTES (" + maxBytes + " bytes)");
                }
                if (pace.tooSlow(total, System.nanoTime() - started)) {
                    throw new BadMessageException(408, "request body slower than the minimum pace");
                }
                if (total == body.length) {
                    body = Arrays.copyOf(body, (int) Math.min((long) maxBytes + 1, 2L * body.length));
                }
            }
            return total == body.length ? body : Arrays.copyOf(body, total);
        } catch (IOException e) {
            throw new BadMessageException(timedOut(e) ? 408 : 400, "request body could not be read");
        }
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
