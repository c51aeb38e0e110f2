package io.interven.gateway.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Iterator;
import java.util.Map;
import javax.crypto.Mac;

/**
 * A JSON value as the bytes of {@code node.toString().getBytes(UTF_8)} (its compact text, UTF-8 encoded), counted or
 * fed to a MAC as they are written, without building the text or the bytes: a call's body is measured and
 * fingerprinted on every scan, and its text and bytes were three copies of it. Objects, arrays, strings, integers,
 * booleans and null are written here as {@link JsonNode#toString()} (a default mapper's writer) writes them: no
 * white space; in strings and names {@code "} and {@code \\} escaped, {@code \b \t \n \f \r} by their short
 * escapes and the other characters below U+0020 by their four-digit escape (upper-case hex), everything else as it
 * is. Any other node (a decimal or floating number, a big integer, binary) is written by that writer itself.
 * Characters are then encoded as {@link String#getBytes} encodes them: a surrogate pair as four bytes, a lone
 * surrogate as {@code ?}. Going through Jackson's writer for every node cost a sixth of a large benign scan.
 */
public final class JsonUtf8 {
    private static final ObjectWriter WRITER = JsonMapper.builder().build().writer();
    private static final char[] UPPER_HEX = "0123456789ABCDEF".toCharArray();
    /** Each thread's block of bytes for the MAC, reused: a fingerprint is taken on every scan. */
    private static final ThreadLocal<byte[]> MAC_BLOCKS = ThreadLocal.withInitial(() -> new byte[Utf8Encoder.BLOCK]);

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
        write(node, new Utf8Encoder(mac, MAC_BLOCKS.get()));
    }

    private static void write(JsonNode node, Utf8Encoder encoder) {
        value(node, encoder);
        encoder.close();
    }

    private static void value(JsonNode node, Utf8Encoder out) {
        switch (node.getNodeType()) {
            case OBJECT -> {
                out.ascii('{');
                boolean first = true;
                for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = fields.next();
                    if (!first) {
                        out.ascii(',');
                    }
                    first = false;
                    string(field.getKey(), out);
                    out.ascii(':');
                    value(field.getValue(), out);
                }
                out.ascii('}');
            }
            case ARRAY -> {
                out.ascii('[');
                for (int i = 0; i < node.size(); i++) {
                    if (i > 0) {
                        out.ascii(',');
                    }
                    value(node.get(i), out);
                }
                out.ascii(']');
            }
            case STRING -> string(node.textValue(), out);
            case BOOLEAN -> out.asciiText(node.booleanValue() ? "true" : "false");
            case NULL -> out.asciiText("null");
            default -> {
                if (node instanceof IntNode || node instanceof LongNode) {
                    out.asciiText(Long.toString(node.longValue()));
                } else {
                    byJackson(node, out);
                }
            }
        }
    }

    /** {@code text} quoted and escaped as Jackson's writer quotes and escapes it by default. */
    private static void string(String text, Utf8Encoder out) {
        out.ascii('"');
        int n = text.length();
        int i = 0;
        while (i < n) {
            int plain = i;
            while (plain < n && writtenAsItIs(text.charAt(plain))) {
                plain++;
            }
            if (plain > i) {
                out.asciiRun(text, i, plain);
                i = plain;
                continue;
            }
            char c = text.charAt(i++);
            if (c >= 0x80) {
                out.write(c);
            } else {
                escape(c, out);
            }
        }
        out.ascii('"');
    }

    /** An ASCII character that a JSON string holds unescaped. */
    private static boolean writtenAsItIs(char c) {
        return c >= 0x20 && c < 0x80 && c != '"' && c != '\\';
    }

    private static void escape(char c, Utf8Encoder out) {
        out.ascii('\\');
        switch (c) {
            case '"', '\\' -> out.ascii(c);
            case '\b' -> out.ascii('b');
            case '\t' -> out.ascii('t');
            case '\n' -> out.ascii('n');
            case '\f' -> out.ascii('f');
            case '\r' -> out.ascii('r');
            default -> {
                out.asciiText("u00");
                out.ascii(UPPER_HEX[c >> 4]);
                out.ascii(UPPER_HEX[c & 0xF]);
            }
        }
    }

    private static void byJackson(JsonNode node, Utf8Encoder out) {
        try {
            WRITER.writeValue(new NotClosing(out), node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The encoder as Jackson's writer sees it: the writer closes its target when done, which must not end it. */
    private static final class NotClosing extends Writer {
        private final Utf8Encoder out;

        NotClosing(Utf8Encoder out) {
            this.out = out;
        }

        @Override
        public void write(char[] chars, int offset, int length) {
            out.write(chars, offset, length);
        }

        @Override
        public void write(String text, int offset, int length) {
            out.write(text, offset, length);
        }

        @Override
        public void write(int c) {
            out.write(c);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
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

        /** Counts, and feeds {@code mac} (when there is one) through a block of its own. */
        Utf8Encoder(Mac mac) {
            this(mac, mac == null ? null : new byte[BLOCK]);
        }

        /** Counts, and feeds {@code mac} through {@code block} ({@link #BLOCK} bytes, this encoder's alone meanwhile). */
        Utf8Encoder(Mac mac, byte[] block) {
            this.mac = mac;
            this.block = block;
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

        /** An ASCII character (below U+0080). */
        void ascii(char c) {
            if (pendingHigh != 0) {
                put(c);
            } else {
                out(c);
            }
        }

        /**
         * {@code text}'s characters from {@code from} to {@code to}, all ASCII: counted at once, and copied to the
         * MAC's block a block at a time rather than a byte at a time.
         */
        @SuppressWarnings("deprecation") // String.getBytes(int, int, byte[], int): a copy, right for ASCII only
        void asciiRun(String text, int from, int to) {
            if (pendingHigh != 0) {
                put(text.charAt(from++));
            }
            bytes += to - from;
            if (block == null) {
                return;
            }
            while (from < to) {
                if (filled == BLOCK) {
                    mac.update(block, 0, filled);
                    filled = 0;
                }
                int end = Math.min(to, from + BLOCK - filled);
                text.getBytes(from, end, block, filled); // each char's low byte: for ASCII, its UTF-8 byte
                filled += end - from;
                from = end;
            }
        }

        /** ASCII characters only. */
        void asciiText(String text) {
            asciiRun(text, 0, text.length());
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
