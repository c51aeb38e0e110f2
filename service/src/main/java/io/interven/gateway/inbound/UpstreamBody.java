package io.interven.gateway.inbound;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/**
 * The upstream's answer body as a stream, with a tee: while the endpoint copies it to the caller, the first
 * {@code limit} bytes are kept, so that once the answer is complete they can be classified (as
 * {@code POST /v1/scan/response} classifies a body) without the answer ever being held whole in memory. Read by one
 * thread at a time.
 */
public final class UpstreamBody extends InputStream {
    private final InputStream in;
    private final int limit;
    private final ByteArrayOutputStream kept;
    private long bytesRead;
    private boolean complete;

    /**
     * @param in    the upstream's body
     * @param limit how many of the first bytes to keep; 0 keeps none
     */
    public UpstreamBody(InputStream in, int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be 0 or more");
        }
        this.in = Objects.requireNonNull(in, "in");
        this.limit = limit;
        this.kept = new ByteArrayOutputStream(Math.min(limit, 8192));
    }

    @Override
    public int read() throws IOException {
        int b = in.read();
        if (b < 0) {
            complete = true;
        } else {
            bytesRead++;
            if (kept.size() < limit) {
                kept.write(b);
            }
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = in.read(buffer, offset, length);
        if (n < 0) {
            complete = true;
        } else if (n > 0) {
            bytesRead += n;
            int room = limit - kept.size();
            if (room > 0) {
                kept.write(buffer, offset, Math.min(room, n));
            }
        }
        return n;
    }

    /** Skipped bytes are read, so that the kept bytes are always the answer's first ones. */
    @Override
    public long skip(long n) throws IOException {
        byte[] scratch = new byte[8192];
        long skipped = 0;
        while (skipped < n) {
            int read = read(scratch, 0, (int) Math.min(scratch.length, n - skipped));
            if (read < 0) {
                break;
            }
            skipped += read;
        }
        return skipped;
    }

    @Override
    public int available() throws IOException {
        return in.available();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** The first bytes read, at most {@code limit}. */
    public byte[] kept() {
        return kept.toByteArray();
    }

    /** How many bytes have been read so far. */
    public long bytesRead() {
        return bytesRead;
    }

    /** Whether the end of the answer was read: only then is the answer complete and its kept bytes final. */
    public boolean complete() {
        return complete;
    }

    /** Whether more bytes were read than kept: a classification of {@link #kept()} saw only the answer's start. */
    public boolean truncated() {
        return bytesRead > kept.size();
    }
}
