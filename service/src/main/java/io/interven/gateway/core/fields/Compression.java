package io.interven.gateway.core.fields;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.InflaterInputStream;

/**
 * Compressed bytes inside base64, recognized by their header: gzip ({@code 1f 8b}) or zlib ({@code 78 xx} with its
 * check bits). Inflating stops at a byte limit, so a compression bomb costs no more than the decode budget.
 */
enum Compression {
    NONE(""), GZIP("|gzip"), ZLIB("|zlib");

    private final String suffix;

    Compression(String suffix) {
        this.suffix = suffix;
    }

    String suffix() {
        return suffix;
    }

    static Compression of(byte[] bytes) {
        if (bytes.length >= 18 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b) {
            return GZIP;
        }
        if (bytes.length >= 6 && (bytes[0] & 0xff) == 0x78 && (((bytes[0] & 0xff) << 8) | (bytes[1] & 0xff)) % 31 == 0) {
            return ZLIB;
        }
        return NONE;
    }

    /**
     * The inflated bytes, or empty when they are corrupt or more than {@code maxBytes} (then {@code overLimit} is
     * told).
     */
    Optional<byte[]> inflate(byte[] bytes, int maxBytes, Runnable overLimit) {
        if (this == NONE) {
            return Optional.of(bytes);
        }
        try (InputStream in = this == GZIP ? new GZIPInputStream(new ByteArrayInputStream(bytes))
                : new InflaterInputStream(new ByteArrayInputStream(bytes))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int n;
            while ((n = in.read(buffer)) != -1) {
                if (out.size() + n > maxBytes) {
                    overLimit.run();
                    return Optional.empty();
                }
                out.write(buffer, 0, n);
            }
            return Optional.of(out.toByteArray());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    byte[] deflate(byte[] bytes) {
        if (this == NONE) {
            return bytes;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeflaterOutputStream compressor = this == GZIP ? new GZIPOutputStream(out)
                : new DeflaterOutputStream(out)) {
            compressor.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
