package io.interven.gateway.core.fields;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * Recognizes text hidden in binary-to-text encodings: base64 / base64url (one line, or wrapped at a fixed width with
 * {@code \n} or {@code \r\n}, possibly gzip, zlib or raw deflate compressed), hex, base32, base85 and uuencoding. Only
 * what decodes to a mostly printable text ({@link TextBytes}: UTF-8, or UTF-16 where the bytes show it) counts, so
 * hashes, UUIDs and random tokens are not mistaken for encodings. Every check is one pass over the text before any
 * decoding is tried.
 *
 * <p>A compressed blob is told by two bytes of header, and text can start with them too ({@code x^} is a zlib header):
 * such bytes are read both ways when both give text, and as text when they do not inflate to any. Which reading is
 * meant cannot be told, and either one hid the other's token.
 */
final class EncodedText {
    /** The shortest whole value tried: 16 characters hold 8 bytes of hex or 12 of base64 (a 9-digit SSN). */
    static final int MIN_LENGTH = 16;
    /** The shortest run inside prose tried: longer, since prose holds many long words and identifiers. */
    static final int MIN_RUN_LENGTH = 24;
    /** A decoded text is kept when at least this many tenths of its characters are printable. */
    private static final int MIN_PRINTABLE_TENTHS = 9;
    private static final int MIN_LINE_LENGTH = 16;
    private static final int NOT_BASE64 = 0;
    private static final int STANDARD = 1;
    private static final int URL_SAFE = 2;

    /**
     * A decoded text, the layer that writes it back, and the path suffix naming that layer; {@code plain}: the bytes
     * of a compressed blob read as they are, when they are printable text too (else null).
     */
    record Decoded(String text, Layer layer, String suffix, String plain) {
        Decoded(String text, Layer layer, String suffix) {
            this(text, layer, suffix, null);
        }
    }

    private EncodedText() {
    }

    /**
     * The text a base64 blob spells, with its variant; {@code maxChars} bounds what may be inflated, and
     * {@code overLimit} is told when a compressed blob inflates to more.
     */
    static Optional<Decoded> base64(String candidate, int maxChars, Runnable overLimit) {
        if (candidate.length() < MIN_LENGTH) {
            return Optional.empty();
        }
        String separator = candidate.indexOf('\n') < 0 ? null : candidate.contains("\r\n") ? "\r\n" : "\n";
        int lineLength = separator == null ? 0 : wrappedLineLength(candidate, separator);
        if (lineLength < 0) {
            return Optional.empty();
        }
        String flat = separator == null ? candidate : candidate.replace(separator, "");
        int alphabet = base64Alphabet(flat);
        if (alphabet == NOT_BASE64) {
            return Optional.empty();
        }
        boolean urlSafe = alphabet == URL_SAFE;
        byte[] bytes;
        try {
            bytes = (urlSafe ? Base64.getUrlDecoder() : Base64.getDecoder()).decode(flat);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        Compression compression = Compression.of(bytes);
        Optional<TextBytes.Read> plain = TextBytes.printable(bytes);
        Optional<TextBytes.Read> inflated = compression == Compression.NONE ? Optional.empty()
                : compression.inflate(bytes, maxChars, overLimit).flatMap(TextBytes::printable);
        if (compression == Compression.NONE && plain.isEmpty()) {
            compression = Compression.RAW;
            inflated = Compression.RAW.inflate(bytes, maxChars, overLimit).flatMap(TextBytes::printable);
        }
        String lineSeparator = separator == null ? "\n" : separator;
        boolean padded = flat.endsWith("=");
        if (inflated.isPresent()) {
            TextBytes.Read text = inflated.get();
            return Optional.of(new Decoded(text.text(), new Base64Layer(urlSafe, padded, lineLength, lineSeparator,
                    compression, text.form()), Base64Layer.SUFFIX + compression.suffix() + text.form().suffix(),
                    plain.filter(read -> read.form() == TextBytes.UTF_8).map(TextBytes.Read::text).orElse(null)));
        }
        return plain.map(text -> new Decoded(text.text(), new Base64Layer(urlSafe, padded, lineLength,
                lineSeparator, Compression.NONE, text.form()), Base64Layer.SUFFIX + text.form().suffix()));
    }

    /** The text an even run of hex digits spells, written with a {@code 0x} in front or not. */
    static Optional<Decoded> hex(String candidate) {
        String prefix = candidate.length() > 2 && candidate.charAt(0) == '0'
                && (candidate.charAt(1) == 'x' || candidate.charAt(1) == 'X') ? candidate.substring(0, 2) : "";
        int from = prefix.length();
        int length = candidate.length() - from;
        if (candidate.length() < MIN_LENGTH || length % 2 != 0) {
            return Optional.empty();
        }
        boolean upper = false;
        boolean lower = false;
        byte[] bytes = new byte[length / 2];
        for (int i = from; i < candidate.length(); i += 2) {
            int high = PercentCoding.hex(candidate.charAt(i));
            int low = PercentCoding.hex(candidate.charAt(i + 1));
            if (high < 0 || low < 0) {
                return Optional.empty();
            }
            upper |= Character.isUpperCase(candidate.charAt(i)) || Character.isUpperCase(candidate.charAt(i + 1));
            lower |= Character.isLowerCase(candidate.charAt(i)) || Character.isLowerCase(candidate.charAt(i + 1));
            bytes[(i - from) / 2] = (byte) (high * 16 + low);
        }
        if (upper && lower) {
            return Optional.empty();
        }
        boolean upperCase = upper;
        return TextBytes.printable(bytes).map(text -> new Decoded(text.text(),
                new HexLayer(upperCase, prefix, text.form()), HexLayer.SUFFIX + text.form().suffix()));
    }

    /**
     * The text a base32 run spells (RFC 4648's alphabet, in capitals or in small letters, padded to whole groups of 8
     * or not). Its digits are 2 to 7, so a run of any other digit is not base32; what decodes to no text is dropped,
     * as for base64.
     */
    static Optional<Decoded> base32(String candidate) {
        int end = candidate.length();
        while (end > 0 && candidate.charAt(end - 1) == '=') {
            end--;
        }
        int padding = candidate.length() - end;
        if (end < MIN_LENGTH || padding > 0 && candidate.length() % 8 != 0 || !Base32.isWholeLength(end)) {
            return Optional.empty();
        }
        Boolean upperCase = Base32.letterCase(candidate, end);
        if (upperCase == null) {
            return Optional.empty();
        }
        return TextBytes.printable(Base32.decode(candidate, end)).map(text -> new Decoded(text.text(),
                new Base32Layer(upperCase, padding > 0, text.form()), Base32Layer.SUFFIX + text.form().suffix()));
    }

    /**
     * The text a base85 value spells: Adobe's {@code <~...~>}, or else Ascii85 or RFC 1924's alphabet, whichever
     * decodes to text. A character outside the alphabet (a space, most punctuation of prose) ends the look at once. A
     * value of letters, digits, {@code _} and {@code -} alone (a token, an identifier) is not tried: a quarter of either
     * alphabet is other punctuation, so base85 of a token (fifty characters for forty bytes) lacks it about once in a
     * million, and of sixteen characters about once in a hundred.
     */
    static Optional<Decoded> base85(String candidate) {
        if (candidate.length() < MIN_LENGTH || isTokenLike(candidate)) {
            return Optional.empty();
        }
        Base85[] variants = candidate.startsWith("<~") ? new Base85[] {Base85.ADOBE}
                : new Base85[] {Base85.ASCII85, Base85.RFC1924};
        for (Base85 variant : variants) {
            byte[] bytes = variant.decode(candidate);
            Optional<TextBytes.Read> text = bytes == null ? Optional.empty() : TextBytes.printable(bytes);
            if (text.isPresent()) {
                return Optional.of(new Decoded(text.get().text(), new Base85Layer(variant, text.get().form()),
                        Base85Layer.SUFFIX + text.get().form().suffix()));
            }
        }
        return Optional.empty();
    }

    /** The text a uuencoded block spells, from its {@code begin} line to its {@code end} line. */
    static Optional<Decoded> uuencoded(String candidate) {
        Uuencoding.Block block = Uuencoding.decode(candidate);
        if (block == null) {
            return Optional.empty();
        }
        return TextBytes.printable(block.bytes()).map(text -> new Decoded(text.text(),
                new UuencodeLayer(block.header(), block.backtick(), block.lineBreak(), text.form()),
                UuencodeLayer.SUFFIX + text.form().suffix()));
    }

    private static boolean isTokenLike(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    /**
     * The width of a wrapped blob: every line but the last has the same length (at least {@value #MIN_LINE_LENGTH}
     * and a multiple of 4), the last is not longer; -1 when the text is not wrapped that way.
     */
    private static int wrappedLineLength(String text, String separator) {
        int width = text.indexOf(separator);
        if (width < MIN_LINE_LENGTH || width % 4 != 0) {
            return -1;
        }
        int start = 0;
        while (true) {
            int end = text.indexOf(separator, start);
            if (end < 0) {
                int last = text.length() - start;
                return last > 0 && last <= width ? width : -1;
            }
            if (end - start != width) {
                return -1;
            }
            start = end + separator.length();
        }
    }

    /** Which base64 alphabet the text is written in (padding only at the end), without a regex. */
    private static int base64Alphabet(String text) {
        boolean standardOnly = false;
        boolean urlOnly = false;
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == '=' && text.length() - end < 2) {
            end--;
        }
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
                continue;
            }
            if (c == '+' || c == '/') {
                standardOnly = true;
            } else if (c == '-' || c == '_') {
                urlOnly = true;
            } else {
                return NOT_BASE64;
            }
        }
        if ((standardOnly && urlOnly) || isHexOrUuid(text, end)) {
            return NOT_BASE64;
        }
        return urlOnly ? URL_SAFE : STANDARD;
    }

    /** Hashes and UUIDs use the base64 alphabet but are never base64 of text. */
    private static boolean isHexOrUuid(String text, int end) {
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F') || c == '-')) {
                return false;
            }
        }
        return true;
    }

    static Optional<String> printableUtf8(byte[] bytes) {
        return surelyNotPrintable(bytes) ? Optional.empty() : decodedIfPrintable(bytes);
    }

    /**
     * {@link #printableUtf8} by decoding the bytes. Invalid UTF-8 is told by the decoder's result, not by the
     * exception its one-call form throws: most runs that look like base64 decode to bytes that are not UTF-8, and
     * an exception's stack trace costs more than the decoding. UTF-8 never needs more characters than bytes, so the
     * buffer always holds the whole text.
     */
    static Optional<String> decodedIfPrintable(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult decoded = decoder.decode(ByteBuffer.wrap(bytes), out, true);
        if (decoded.isUnderflow()) {
            decoded = decoder.flush(out);
        }
        if (decoded.isError()) {
            return Optional.empty();
        }
        if (decoded.isOverflow()) {
            throw new IllegalStateException("UTF-8 decoded to more characters than bytes");
        }
        String text = out.flip().toString();
        return mostlyPrintable(text) ? Optional.of(text) : Optional.empty();
    }

    /**
     * True when the bytes cannot decode to a mostly printable text, told without decoding them: each ASCII control
     * byte decodes to one character that is not printable, and the text has at most one character per byte, so more
     * controls than the tenths {@link #MIN_PRINTABLE_TENTHS} leaves over, counted against the bytes, leave too few of
     * any text they decode to printable. Most runs that merely look like base64 decode to such bytes (about one byte in eight of random
     * bytes is a control).
     */
    static boolean surelyNotPrintable(byte[] bytes) {
        int controls = 0;
        for (byte b : bytes) {
            if (b >= 0 && (b < 0x20 && b != '\n' && b != '\r' && b != '\t' || b == 0x7f)) {
                controls++;
            }
        }
        return 10L * controls > (10L - MIN_PRINTABLE_TENTHS) * bytes.length;
    }

    static boolean mostlyPrintable(String text) {
        if (text.isEmpty()) {
            return false;
        }
        int printable = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\t' || (c >= 0x20 && c != 0x7f && !Character.isISOControl(c))) {
                printable++;
            }
        }
        return 10L * printable >= (long) MIN_PRINTABLE_TENTHS * text.length();
    }
}
