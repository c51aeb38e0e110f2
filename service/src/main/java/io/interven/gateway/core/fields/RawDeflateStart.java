package io.interven.gateway.core.fields;

/**
 * A cheap look at whether bytes can start raw deflate data of a text, before an inflater is run over them (about 2 µs
 * each, and raw deflate is tried on every base64 value that is no text): the first block's type is not the reserved
 * one; a stored block's length and its complement agree; a dynamic block's code for code lengths is complete, as
 * every inflater requires; a fixed block's first symbol is a literal (nothing precedes it to copy). Random bytes pass
 * about one time in four.
 */
final class RawDeflateStart {
    private static final int STORED = 0;
    private static final int FIXED = 1;
    private static final int DYNAMIC = 2;
    /** The order the code-length code's lengths are written in (RFC 1951, 3.2.7). */
    private static final int CODE_LENGTH_CODES = 19;

    private final byte[] bytes;
    private int bit;

    private RawDeflateStart(byte[] bytes) {
        this.bytes = bytes;
    }

    static boolean isPlausible(byte[] bytes) {
        RawDeflateStart start = new RawDeflateStart(bytes);
        start.bits(1); // BFINAL
        return switch (start.bits(2)) {
            case STORED -> isStoredHeader(bytes);
            case FIXED -> start.fixedStartsWithTextLiteral();
            case DYNAMIC -> start.dynamicCodeLengthCodeIsComplete();
            default -> false;
        };
    }

    /** A stored block's length and its complement (after the header's byte) agree. */
    private static boolean isStoredHeader(byte[] bytes) {
        if (bytes.length < 5) {
            return false;
        }
        int length = (bytes[1] & 0xff) | (bytes[2] & 0xff) << 8;
        int complement = (bytes[3] & 0xff) | (bytes[4] & 0xff) << 8;
        return (length ^ complement) == 0xffff;
    }

    /**
     * The fixed code's first symbol (RFC 1951, 3.2.6) is a literal byte: nothing precedes it to copy. Any byte: the
     * first byte of UTF-16LE text is the low byte of its first character, which can be anything.
     */
    private boolean fixedStartsWithTextLiteral() {
        int code = huffmanBits(7);
        if (code < 0 || code <= 0b0010111) {
            return false; // 256 to 279: the end of the block, or a length with nothing before it to copy
        }
        code = code << 1 | bits(1);
        int literal;
        if (code >= 0b00110000 && code <= 0b10111111) {
            literal = code - 0b00110000;
        } else if (code >= 0b11000000 && code <= 0b11000111) {
            return false; // 280 to 287: a length
        } else {
            literal = 144 + ((code << 1 | bits(1)) - 0b110010000);
        }
        return bit <= bytes.length * 8 && literal >= 0 && literal <= 255;
    }

    /** The code for code lengths of a dynamic block is complete (an inflater rejects any other). */
    private boolean dynamicCodeLengthCodeIsComplete() {
        bits(5); // HLIT
        bits(5); // HDIST
        int count = bits(4) + 4;
        int kraft = 0;
        for (int i = 0; i < count && i < CODE_LENGTH_CODES; i++) {
            int length = bits(3);
            kraft += length == 0 ? 0 : 1 << (7 - length);
        }
        return bit <= bytes.length * 8 && kraft == 1 << 7;
    }

    /** The next {@code n} bits, least significant first, as deflate packs header fields; 0 past the end. */
    private int bits(int n) {
        int value = 0;
        for (int k = 0; k < n; k++, bit++) {
            int at = bit >> 3;
            int b = at < bytes.length ? bytes[at] >> (bit & 7) & 1 : 0;
            value |= b << k;
        }
        return value;
    }

    /** The next {@code n} bits as a Huffman code, most significant first, as deflate packs codes. */
    private int huffmanBits(int n) {
        int value = 0;
        for (int k = 0; k < n; k++) {
            value = value << 1 | bits(1);
        }
        return value;
    }
}
