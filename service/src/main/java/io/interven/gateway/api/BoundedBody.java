package io.interven.gateway.api;

import io.interven.gateway.errors.ApiException;
import io.interven.gateway.errors.ErrorCode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads a request body up to a limit. 413 is decided from the bytes actually read, not from Content-Length. */
public final class BoundedBody {
    private BoundedBody() {
    }

    public static byte[] read(InputStream in, int maxBytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(maxBytes, 16_384));
        byte[] buffer = new byte[8192];
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
            }
        } catch (IOException e) {
            throw new UncheckedIOException("request body could not be read", e);
        }
        return out.toByteArray();
    }
}
