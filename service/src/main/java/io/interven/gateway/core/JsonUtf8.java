package io.interven.gateway.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import javax.crypto.Mac;

/**
 * A JSON value as the bytes of {@code node.toString().getBytes(UTF_8)} (its compact text, UTF-8 encoded), counted or
 * fed to a MAC as Jackson writes them, without building the text or the bytes: a call's body is measured and
 * fingerprinted on every scan, and its text and bytes were three copies of it. Written by the same writer as
 * {@link JsonNode#toString()} (a default mapper's), then encoded as {@link String#getBytes} encodes: a surrogate pair
 * as four bytes, a lone surrogate as {@code ?}.
 */
public final class JsonUtf8 {
    private static final ObjectWriter WRITER = JsonMapper.builder().build().writer();

    private JsonUtf8() {
    }

    /** {@code node.toString().getBytes(UTF_8).length}. */
    public static long length(JsonNode node) {
        Utf8Encoder counter = new Utf8Encoder(null);
        write(node, counter);
        return counter.bytes;
    }

    /** {@code text.getBytes(UTF_8).length}, without encoding the text: a body sent as a plain string. */
    public static long length(String text) {
        Utf8Encoder counter = new Utf8Encoder(null);
        counter.write(text, 0, text.length());
        counter.close();
        return counter.bytes;
    }

    /** {@code mac.update(node.toString().getBytes(UTF_8))}. */
    public static void update(Mac mac, JsonNode node) {
        write(node, new Utf8Encoder(mac));
    }

    private static void write(JsonNode node, Utf8Encoder encoder) {
        try {
            WRITER.writeValue(encoder, node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        encoder.close();
    }

    /**
     * Characters in, UTF-8 bytes out: counted, and fed to {@code mac} in blocks when there is one. A high surrogate
     * at the end of one write waits for the next.
     */
    static final class Utf8Encoder extends Writer {
        private static final int BLOCK = 1024;
        private final Mac mac;
        private final byte[] block;
        private int filled;
        private char pendingHigh;
        private boolean closed;
        long bytes;

        Utf8Encoder(Mac mac) {
            this.mac = mac;
            this.block = mac == null ? null : new byte[BLOCK];
        }

        @Override
        public void write(char[] chars, int offset, int length) {
            for (int i = offset; i < offset + length; i++) {
                put(chars[i]);
            }
        }

        @Override
        public void write(String text, int offset, int length) {
            for (int i = offset; i < offset + length; i++) {
                put(text.charAt(i));
            }
        }

        @Override
        public void write(int c) {
            put((char) c);
        }

        private void put(char c) {
            if (pendingHigh != 0) {
                char high = pendingHigh;
                pendingHigh = 0;
                if (Character.isLowSurrogate(c)) {
                    int cp = Character.toCodePoint(high, c);
                    out(0xF0 | cp >> 18);
                    out(0x80 | cp >> 12 & 0x3F);
                    out(0x80 | cp >> 6 & 0x3F);
                    out(0x80 | cp & 0x3F);
                    return;
                }
                out('?'); // a lone high surrogate, as String.getBytes writes it
            }
            if (c < 0x80) {
                out(c);
            } else if (c < 0x800) {
                out(0xC0 | c >> 6);
                out(0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c)) {
                pendingHigh = c;
            } else if (Character.isLowSurrogate(c)) {
                out('?');
            } else {
                out(0xE0 | c >> 12);
                out(0x80 | c >> 6 & 0x3F);
                out(0x80 | c & 0x3F);
            }
        }

        private void out(int b) {
            bytes++;
            if (block != null) {
                if (filled == BLOCK) {
                    mac.update(block, 0, filled);
                    filled = 0;
                }
                block[filled++] = (byte) b;
            }
        }

        @Override
        public void flush() {
        }

        /** Ends the text: a high surrogate still waiting is lone. Idempotent. */
        @Override
        public void close() {
            if (closed) {
                return;
            }
            closed = true;
            if (pendingHigh != 0) {
                pendingHigh = 0;
                out('?');
            }
            if (block != null && filled > 0) {
                mac.update(block, 0, filled);
                filled = 0;
            }
        }
    }
}
