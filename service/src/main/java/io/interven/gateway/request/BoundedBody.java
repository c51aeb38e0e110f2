package io.interven.gateway.request;

import io.interven.gateway.errors.ApiException;
import io.interven.gateway.errors.ErrorCode;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.concurrent.TimeoutException;
import java.util.zip.ZipException;
import org.eclipse.jetty.http.BadMessageException;

/**
 * Reads a request body up to a limit and at a least pace. 413 is decided from the bytes actually read, not from
 * Content-Length; a body slower than its {@link BodyPace}, or one the server stopped waiting for (idle timeout),
 * answers 408 and its connection is closed; a body that breaks off, or is not the gzip its Content-Encoding says,
 * answers 400. A body refused before its request was handled ({@link BodyNotReceived}) answers as it says.
 */
public final class BoundedBody {
    /** What the request does not say: no Content-Length. */
    public static final long LENGTH_NOT_DECLARED = -1;
    private static final int MIN_BYTES = 512;
    /**
     * The most a declared length sizes the first array to: a client that declares more than it sends makes the
     * gateway hold no more than this (and what it does send) for it.
     */
    static final int LARGEST_DECLARED_ARRAY = 65_536;

    private BoundedBody() {
    }

    public static byte[] read(InputStream in, int maxBytes) {
        return read(in, maxBytes, BodyPace.NONE);
    }

    public static byte[] read(InputStream in, int maxBytes, BodyPace pace) {
        return read(in, maxBytes, pace, LENGTH_NOT_DECLARED);
    }

    /**
     * The body, read into one array when it arrives as {@code declaredLength} (its Content-Length, or
     * {@link #LENGTH_NOT_DECLARED}) or as much as the stream says is already there: that array is answered as it is.
     * Otherwise the array doubles when full and is cut to size once at the end. The declared length only sizes the
     * first array, up to {@link #LARGEST_DECLARED_ARRAY}; 413 comes from the bytes read, and no array is ever larger
     * than the limit and one byte (which tells a body that exceeds it).
     */
    public static byte[] read(InputStream in, int maxBytes, BodyPace pace, long declaredLength) {
        long started = System.nanoTime();
        int total = 0;
        try {
            byte[] body = new byte[firstSize(in, maxBytes, declaredLength)];
            while (true) {
                if (total == body.length) {
                    int next = in.read(); // a full array: the end of the body, or one byte more of it
                    if (next < 0) {
                        return body;
                    }
                    body = Arrays.copyOf(body, (int) Math.min((long) maxBytes + 1,
                            Math.max(MIN_BYTES, 2L * body.length)));
                    body[total++] = (byte) next;
                } else {
                    int n = in.read(body, total, body.length - total);
                    if (n < 0) {
                        return Arrays.copyOf(body, total);
                    }
                    total += n;
                }
                if (total > maxBytes) {
                    throw tooLarge(maxBytes);
                }
                if (pace.tooSlow(total, System.nanoTime() - started)) {
                    throw new BadMessageException(408, "request body slower than the minimum pace");
                }
            }
        } catch (IOException e) {
            BodyNotReceived refused = refusal(e);
            if (refused != null) {
                throw refused.answer();
            }
            throw new BadMessageException(timedOut(e) ? 408 : 400, "request body could not be read");
        } catch (RuntimeException e) {
            if (e.getCause() instanceof ZipException) {
                // Jetty inflates a body sent with Content-Encoding: gzip, and wraps what is not gzip in this
                throw new BadMessageException(400, "request body is not the gzip it is declared to be");
            }
            throw e;
        }
    }

    /** The refusal of a body larger than {@code maxBytes}. */
    public static ApiException tooLarge(int maxBytes) {
        return new ApiException(ErrorCode.PAYLOAD_TOO_LARGE,
                "request body exceeds MAX_BODY_BYTES (" + maxBytes + " bytes)");
    }

    /**
     * The declared length (at most {@link #LARGEST_DECLARED_ARRAY}), or else what has already arrived (most calls
     * arrive whole with their headers) but at least {@link #MIN_BYTES}; never more than the limit and one byte.
     */
    private static int firstSize(InputStream in, int maxBytes, long declaredLength) throws IOException {
        long size = declaredLength >= 0 ? Math.min(declaredLength, LARGEST_DECLARED_ARRAY)
                : Math.max(MIN_BYTES, in.available());
        return (int) Math.min((long) maxBytes + 1, size);
    }

    private static BodyNotReceived refusal(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof BodyNotReceived refused) {
                return refused;
            }
        }
        return null;
    }

    /** True when {@code failure} or one of its causes is the connection timing out. */
    public static boolean timedOut(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof TimeoutException) {
                return true;
            }
        }
        return false;
    }
}
