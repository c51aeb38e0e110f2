package io.interven.gateway.core.fields;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Inflates a gzip or zlib stream as far as it can be read, as a lenient receiver does ({@code gzip -dc}, browsers,
 * most HTTP clients and servers): what inflates before the stream breaks is its text, whether it is cut off, its
 * CRC-32, length or Adler-32 is wrong or missing, junk follows its end or a block further on is corrupt. The JDK's
 * streams throw on any of these and drop what they inflated, so a token in a stream with a broken trailer was never
 * scanned while every lenient receiver read it. No checksum is checked: what counts is what a receiver can read.
 *
 * <p>The deflate data is inflated raw, the headers read here: gzip's (with its optional fields; members one after
 * another are read as one text, as {@code GZIPInputStream} reads them) and zlib's (a preset dictionary's id is
 * skipped: what refers to the dictionary cannot be read, what comes before it can). Inflating stops past
 * {@code maxBytes}, so a bomb costs no more than the decode budget, cut off or not.
 */
final class LenientInflater {
    private static final int CHUNK = 8192;
    private static final int GZIP_HEADER = 10;
    private static final int GZIP_TRAILER = 8;
    private static final int FHCRC = 0x02;
    private static final int FEXTRA = 0x04;
    private static final int FNAME = 0x08;
    private static final int FCOMMENT = 0x10;
    private static final int ZLIB_HEADER = 2;
    private static final int ZLIB_FDICT = 0x20;
    private static final int DICTIONARY_ID = 4;
    /**
     * Each thread's inflater, reset before and after each stream: making and ending one (native state and its window)
     * cost more than inflating the few bytes of a blob that is no stream, and raw deflate is tried on every base64
     * value that is no text.
     */
    private static final ThreadLocal<Inflater> INFLATERS = ThreadLocal.withInitial(() -> new Inflater(true));
    /**
     * The fewest bytes tried as raw deflate: a text worth a look (a key, an SSN and its label) deflates to more, and
     * the base64 header values every call has ({@code application/json}: 12 bytes) to less; trying those cost each
     * call about 3.5 µs.
     */
    static final int MIN_RAW_BYTES = 14;
    /** What {@link #member} answers when the data breaks off or inflates past the limit. */
    private static final int BROKEN = -1;

    private final int maxBytes;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private boolean overLimit;
    private boolean broken;

    private LenientInflater(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** The bytes a gzip stream inflates to; empty when its header cannot be read or past the limit. */
    static Optional<byte[]> gzip(byte[] bytes, int maxBytes, Runnable overLimit) {
        int start = gzipDataStart(bytes, 0);
        if (start < 0) {
            return Optional.empty();
        }
        LenientInflater inflater = new LenientInflater(maxBytes);
        while (start >= 0) {
            int end = inflater.member(bytes, start);
            start = end < 0 ? -1 : gzipDataStart(bytes, end + GZIP_TRAILER);
        }
        return inflater.inflated(overLimit);
    }

    /** The bytes a zlib stream inflates to; empty when it has no data or past the limit. */
    static Optional<byte[]> zlib(byte[] bytes, int maxBytes, Runnable overLimit) {
        int start = bytes.length > 1 && (bytes[1] & ZLIB_FDICT) != 0 ? ZLIB_HEADER + DICTIONARY_ID : ZLIB_HEADER;
        if (start >= bytes.length) {
            return Optional.empty();
        }
        LenientInflater inflater = new LenientInflater(maxBytes);
        inflater.member(bytes, start);
        return inflater.inflated(overLimit);
    }

    /**
     * The bytes raw deflate data inflates to, read strictly: the data must end where the bytes end. Raw deflate has no
     * header to tell it by, so it is tried on bytes that are no text as they are, and random bytes often inflate for
     * a while before they break; what breaks off, or leaves bytes over, is not taken as a stream.
     */
    static Optional<byte[]> raw(byte[] bytes, int maxBytes, Runnable overLimit) {
        if (bytes.length < MIN_RAW_BYTES || !RawDeflateStart.isPlausible(bytes)) {
            return Optional.empty();
        }
        LenientInflater inflater = new LenientInflater(maxBytes);
        int end = inflater.member(bytes, 0);
        if (inflater.overLimit) {
            return inflater.inflated(overLimit);
        }
        return end == bytes.length && !inflater.broken ? inflater.inflated(overLimit) : Optional.empty();
    }

    /**
     * Where the deflate data of a gzip member starting at {@code at} begins; -1 when no member starts there (the end
     * of the bytes, junk, or a header cut off or naming another method than deflate).
     */
    private static int gzipDataStart(byte[] bytes, int at) {
        if (at + GZIP_HEADER > bytes.length || (bytes[at] & 0xff) != 0x1f || (bytes[at + 1] & 0xff) != 0x8b
                || bytes[at + 2] != 8) {
            return -1;
        }
        int flags = bytes[at + 3] & 0xff;
        int i = at + GZIP_HEADER;
        if ((flags & FEXTRA) != 0) {
            if (i + 2 > bytes.length) {
                return -1;
            }
            i += 2 + ((bytes[i] & 0xff) | (bytes[i + 1] & 0xff) << 8);
        }
        if ((flags & FNAME) != 0) {
            i = afterZero(bytes, i);
        }
        if ((flags & FCOMMENT) != 0) {
            i = afterZero(bytes, i);
        }
        if ((flags & FHCRC) != 0 && i >= 0) {
            i += 2;
        }
        return i >= 0 && i < bytes.length ? i : -1;
    }

    /** The offset after the zero byte ending a text that starts at {@code from}; -1 when none ends it. */
    private static int afterZero(byte[] bytes, int from) {
        if (from < 0) {
            return -1;
        }
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return i + 1;
            }
        }
        return -1;
    }

    /**
     * Inflates the raw deflate data from {@code start}: the offset just past its end, or {@link #BROKEN} when it
     * breaks off (cut off, corrupt) or inflates past the limit. When a block is corrupt, what the failing call wrote
     * before the error is kept too: the JDK counts it in {@link Inflater#getBytesWritten} before it throws.
     */
    private int member(byte[] bytes, int start) {
        Inflater inflater = INFLATERS.get();
        inflater.reset();
        try {
            inflater.setInput(bytes, start, bytes.length - start);
            // sized to the input (deflate rarely grows text more than eightfold; a larger one is read in turns): most
            // raw attempts are bytes that break within a few symbols, and zeroing 8 KB for each was most of their cost
            byte[] buffer = new byte[Math.min(CHUNK, Math.max(256, (bytes.length - start) * 8))];
            while (!inflater.finished()) {
                long before = inflater.getBytesWritten();
                int n;
                try {
                    n = inflater.inflate(buffer, 0, Math.min(buffer.length, room()));
                } catch (DataFormatException corrupt) {
                    keep(buffer, (int) (inflater.getBytesWritten() - before));
                    return brokenOff();
                }
                if (!keep(buffer, n)) {
                    return BROKEN;
                }
                if (n == 0 && !inflater.finished()) {
                    return brokenOff(); // cut off (needs input), or a dictionary it does not have
                }
            }
            return bytes.length - inflater.getRemaining();
        } finally {
            inflater.reset(); // kept for the thread's next stream, its input let go
        }
    }

    /** Room for one more byte than the limit leaves, so that going past it is seen. */
    private int room() {
        return (int) Math.min(CHUNK, Math.max(0L, (long) maxBytes - out.size()) + 1);
    }

    /** Keeps {@code n} inflated bytes; false (nothing kept) when they go past the limit. */
    private boolean keep(byte[] buffer, int n) {
        if ((long) out.size() + n > maxBytes) {
            overLimit = true;
            return false;
        }
        out.write(buffer, 0, n);
        return true;
    }

    private int brokenOff() {
        broken = true;
        return BROKEN;
    }

    /**
     * What was inflated; empty past the limit (and {@code overLimit} told). The stream holds UTF-8 text, and where it
     * broke off it can have cut a character: that character's bytes are dropped, so that the text before it is read.
     */
    private Optional<byte[]> inflated(Runnable overLimit) {
        if (this.overLimit) {
            overLimit.run();
            return Optional.empty();
        }
        byte[] bytes = out.toByteArray();
        return Optional.of(broken ? withoutCutCharacter(bytes) : bytes);
    }

    /** The bytes without a UTF-8 sequence at their end that lacks continuation bytes. */
    private static byte[] withoutCutCharacter(byte[] bytes) {
        int lead = bytes.length - 1;
        while (lead >= 0 && bytes.length - lead < 4 && (bytes[lead] & 0xc0) == 0x80) {
            lead--;
        }
        if (lead < 0) {
            return bytes;
        }
        int first = bytes[lead] & 0xff;
        int length = first >= 0xf0 ? 4 : first >= 0xe0 ? 3 : first >= 0xc0 ? 2 : 1;
        return bytes.length - lead < length ? Arrays.copyOf(bytes, lead) : bytes;
    }
}
