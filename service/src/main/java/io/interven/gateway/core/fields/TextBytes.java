package io.interven.gateway.core.fields;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * How decoded bytes spell a text: UTF-8, or UTF-16 in either byte order, with or without a byte order mark.
 * UTF-16 is what Windows writes: PowerShell's {@code -EncodedCommand} is base64 of UTF-16LE, and a .NET or Windows
 * tool's hex dump of a string is too. A token in it is half zero bytes, so read as UTF-8 it is not text at all.
 *
 * <p>Bytes are read as UTF-16 only when they are not UTF-8 text and either start with a byte order mark or have the
 * zero bytes of mostly-Latin text in one of the two positions: decoded as UTF-16, almost any bytes are "text" (in
 * CJK and private-use characters), so without that evidence a hash or a key would be read as Chinese.
 */
public enum TextBytes {
    UTF_8("", StandardCharsets.UTF_8, new byte[0]),
    UTF_16LE("|utf16le", StandardCharsets.UTF_16LE, new byte[0]),
    UTF_16BE("|utf16be", StandardCharsets.UTF_16BE, new byte[0]),
    UTF_16LE_MARKED("|utf16le", StandardCharsets.UTF_16LE, new byte[] {(byte) 0xFF, (byte) 0xFE}),
    UTF_16BE_MARKED("|utf16be", StandardCharsets.UTF_16BE, new byte[] {(byte) 0xFE, (byte) 0xFF});

    /** The least share, in tenths, of a UTF-16 text's code units whose high byte is zero, without a mark. */
    private static final int MIN_LATIN_TENTHS = 5;
    /** The fewest code units of a UTF-16 text without a mark. */
    private static final int MIN_UNITS = 4;

    private final String suffix;
    private final Charset charset;
    private final byte[] mark;

    TextBytes(String suffix, Charset charset, byte[] mark) {
        this.suffix = suffix;
        this.charset = charset;
        this.mark = mark;
    }

    /** A text, and how its bytes spelled it. */
    record Read(String text, TextBytes form) {
    }

    /** The path suffix naming this form under its encoding's ({@code |base64|utf16le}); empty for UTF-8. */
    String suffix() {
        return suffix;
    }

    /** The text's bytes in this form, with its mark when it had one. */
    byte[] bytesOf(String text) {
        byte[] body = text.getBytes(charset);
        if (mark.length == 0) {
            return body;
        }
        byte[] bytes = new byte[mark.length + body.length];
        System.arraycopy(mark, 0, bytes, 0, mark.length);
        System.arraycopy(body, 0, bytes, mark.length, body.length);
        return bytes;
    }

    /** The mostly printable text the bytes spell, as UTF-8 or else as UTF-16; empty when they spell none. */
    static Optional<Read> printable(byte[] bytes) {
        Optional<String> utf8 = EncodedText.printableUtf8(bytes);
        if (utf8.isPresent()) {
            return Optional.of(new Read(utf8.get(), UTF_8));
        }
        TextBytes form = utf16Form(bytes);
        if (form == null) {
            return Optional.empty();
        }
        int from = form.mark.length;
        return decoded(bytes, from, form.charset).filter(EncodedText::mostlyPrintable)
                .map(text -> new Read(text, form));
    }

    /** The UTF-16 form the bytes are evidently written in, or null. */
    private static TextBytes utf16Form(byte[] bytes) {
        if (bytes.length < 2 || bytes.length % 2 != 0) {
            return null;
        }
        int first = bytes[0] & 0xff;
        int second = bytes[1] & 0xff;
        if (first == 0xFF && second == 0xFE) {
            return bytes.length > 2 ? UTF_16LE_MARKED : null;
        }
        if (first == 0xFE && second == 0xFF) {
            return bytes.length > 2 ? UTF_16BE_MARKED : null;
        }
        int units = bytes.length / 2;
        if (units < MIN_UNITS) {
            return null;
        }
        int zeroHigh = 0;
        int zeroLow = 0;
        for (int i = 0; i < bytes.length; i += 2) {
            zeroHigh += bytes[i + 1] == 0 ? 1 : 0;
            zeroLow += bytes[i] == 0 ? 1 : 0;
        }
        if (10L * zeroHigh >= (long) MIN_LATIN_TENTHS * units && zeroLow * 2 < zeroHigh) {
            return UTF_16LE;
        }
        if (10L * zeroLow >= (long) MIN_LATIN_TENTHS * units && zeroHigh * 2 < zeroLow) {
            return UTF_16BE;
        }
        return null;
    }

    /** The bytes from {@code from} decoded strictly (a lone surrogate is not text); empty when they do not decode. */
    private static Optional<String> decoded(byte[] bytes, int from, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer out = CharBuffer.allocate((bytes.length - from) / 2 + 1);
        CoderResult result = decoder.decode(ByteBuffer.wrap(bytes, from, bytes.length - from), out, true);
        if (result.isUnderflow()) {
            result = decoder.flush(out);
        }
        return result.isError() || result.isOverflow() ? Optional.empty() : Optional.of(out.flip().toString());
    }
}
