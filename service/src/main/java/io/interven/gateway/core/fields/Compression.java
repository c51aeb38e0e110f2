package io.interven.gateway.core.fields;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Compressed bytes inside base64, recognized by their header: gzip ({@code 1f 8b}) or zlib ({@code 78 xx} with its
 * check bits); raw deflate has none, and is tried only on bytes that are no text as they are ({@link #RAW}). Inflated
 * as far as the stream can be read, as lenient receivers read it; inflating stops at a byte limit, so a compression
 * bomb costs no more than the decode budget.
 */
enum Compression {
    NONE(""), GZIP("|gzip"), ZLIB("|zlib"),
    /** Deflate data without a header ({@code zlib.compressobj(wbits=-15)}, .NET's {@code DeflateStream}). */
    RAW("|deflate");

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
     * The inflated bytes, as far as the stream can be read ({@link LenientInflater}: a broken trailer or a corrupt
     * block further on does not hide what comes before it); empty when its header cannot be read or it inflates to
     * more than {@code maxBytes} (then {@code overLimit} is told).
     */
    Optional<byte[]> inflate(byte[] bytes, int maxBytes, Runnable overLimit) {
        return switch (this) {
            case NONE -> Optional.of(bytes);
            case GZIP -> LenientInflater.gzip(bytes, maxBytes, overLimit);
            case ZLIB -> LenientInflater.zlib(bytes, maxBytes, overLimit);
            case RAW -> LenientInflater.raw(bytes, maxBytes, overLimit);
        };
    }

    byte[] deflate(byte[] bytes) {
        if (this == NONE) {
            return bytes;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Deflater raw = this == RAW ? new Deflater(Deflater.DEFAULT_COMPRESSION, true) : null;
        try (DeflaterOutputStream compressor = this == GZIP ? new GZIPOutputStream(out)
                : raw != null ? new DeflaterOutputStream(out, raw) : new DeflaterOutputStream(out)) {
            compressor.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (raw != null) {
                raw.end(); // a deflater handed to the stream is not ended by it
            }
        }
        return out.toByteArray();
    }
}
