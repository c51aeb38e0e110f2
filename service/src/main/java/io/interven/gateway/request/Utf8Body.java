package io.interven.gateway.request;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Where a request body's bytes stop being well-formed UTF-8, the one encoding of a JSON body (RFC 8259, 8.1). Jackson
 * does not check it: it decodes an overlong form as the character it spells ({@code C0 AF} as {@code /},
 * {@code C0 80} as NUL), so bytes every strict reader refuses could split a token that the scan then never saw
 * whole. The JDK's decoder, told to report, refuses every form that is not UTF-8: overlong two-, three- and
 * four-byte forms, lead bytes that never occur ({@code C0 C1 F5..FF}), encoded surrogates, code points past
 * U+10FFFF, continuation bytes without a lead and a sequence cut off by the end. A body of ASCII only, most of them,
 * costs one pass over its bytes and no decoder.
 *
 * <p>A NUL in the first two bytes counts as not UTF-8 too: it is how Jackson tells UTF-16 and UTF-32, which it then
 * reads instead, and no UTF-8 JSON text holds a NUL byte (a control character in a string is escaped).
 */
public final class Utf8Body {
    /** What {@link #firstMalformedByte} answers for a well-formed body. */
    public static final int WELL_FORMED = -1;
    /** Characters decoded per step: the decoded text is not kept, only whether the bytes decode. */
    private static final int BLOCK = 4096;

    private Utf8Body() {
    }

    /** The offset of the first byte of the first sequence that is not UTF-8, or {@link #WELL_FORMED}. */
    public static int firstMalformedByte(byte[] bytes) {
        for (int i = 0; i < Math.min(2, bytes.length); i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] < 0) {
                return firstMalformedByte(bytes, i);
            }
        }
        return WELL_FORMED;
    }

    private static int firstMalformedByte(byte[] bytes, int from) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
        CharBuffer out = CharBuffer.allocate(Math.min(BLOCK, bytes.length - from + 1));
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                return in.position();
            }
            if (result.isUnderflow()) {
                return WELL_FORMED;
            }
            out.clear();
        }
    }
}
