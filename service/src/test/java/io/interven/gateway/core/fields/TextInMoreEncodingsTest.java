package io.interven.gateway.core.fields;

import static io.interven.gateway.core.fields.LayeredCallTest.JSON;
import static io.interven.gateway.core.fields.LayeredCallTest.SECRET;
import static io.interven.gateway.core.fields.LayeredCallTest.call;
import static io.interven.gateway.core.fields.LayeredCallTest.pathsOfFindings;
import static io.interven.gateway.core.fields.LayeredCallTest.sanitize;
import static io.interven.gateway.testing.Compressed.rawDeflate;
import static org.assertj.core.api.Assertions.assertThat;

import io.interven.gateway.core.CallInput;
import io.interven.spi.ScanField;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.zip.Deflater;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Text in the encodings beside base64-of-UTF-8 that tools write: base32 (in capitals or small letters, padded or not),
 * base85 (Ascii85, Adobe's delimited Ascii85, RFC 1924's alphabet), uuencoded blocks, UTF-16 inside base64 or hex
 * (PowerShell's {@code -EncodedCommand}, .NET and Windows dumps; either byte order, with or without a byte order mark),
 * hex with {@code 0x} in front, and raw deflate inside base64. A token in each is found, wherever it stands (the whole
 * value, or a run inside prose), and sanitizing writes the encoding back as it was with the token gone. Hashes, keys
 * and random bytes are not mistaken for any of them.
 */
class TextInMoreEncodingsTest {

    private static final String TEXT = "deploy with " + SECRET + " tonight";

    record Form(String name, Function<String, String> encode, Function<String, String> decode, String suffix,
                boolean readInProse) {
        Form(String name, Function<String, String> encode, Function<String, String> decode, String suffix) {
            this(name, encode, decode, suffix, true);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static List<Form> forms() {
        return List.of(
                new Form("base32", t -> Base32.encode(utf8(t), true, true), t -> base32Text(t), "|base32"),
                new Form("base32 small, unpadded", t -> Base32.encode(utf8(t), false, false), t -> base32Text(t),
                        "|base32"),
                new Form("base64 of UTF-16LE", t -> b64(t.getBytes(StandardCharsets.UTF_16LE)),
                        t -> new String(Base64.getDecoder().decode(t), StandardCharsets.UTF_16LE), "|base64|utf16le"),
                new Form("base64 of UTF-16BE", t -> b64(t.getBytes(StandardCharsets.UTF_16BE)),
                        t -> new String(Base64.getDecoder().decode(t), StandardCharsets.UTF_16BE), "|base64|utf16be"),
                new Form("base64 of UTF-16 with a mark", t -> b64(marked(t, StandardCharsets.UTF_16LE, 0xFF, 0xFE)),
                        t -> new String(Base64.getDecoder().decode(t), StandardCharsets.UTF_16), "|base64|utf16le"),
                new Form("base64 of UTF-16BE with a mark", t -> b64(marked(t, StandardCharsets.UTF_16BE, 0xFE, 0xFF)),
                        t -> new String(Base64.getDecoder().decode(t), StandardCharsets.UTF_16), "|base64|utf16be"),
                new Form("hex of UTF-16LE", t -> HexFormat.of().formatHex(t.getBytes(StandardCharsets.UTF_16LE)),
                        t -> new String(HexFormat.of().parseHex(t), StandardCharsets.UTF_16LE), "|hex|utf16le"),
                new Form("0x hex", t -> "0x" + HexFormat.of().formatHex(utf8(t)),
                        t -> new String(HexFormat.of().parseHex(t.substring(2)), StandardCharsets.UTF_8), "|hex"),
                new Form("0X HEX", t -> "0X" + HexFormat.of().withUpperCase().formatHex(utf8(t)),
                        t -> new String(HexFormat.of().parseHex(t.substring(2)), StandardCharsets.UTF_8), "|hex"),
                new Form("raw deflate in base64",
                        t -> b64(rawDeflate(utf8(t), Deflater.BEST_COMPRESSION, Deflater.DEFAULT_STRATEGY)),
                        t -> new String(Compression.RAW.inflate(Base64.getDecoder().decode(t), 1 << 20, () -> { })
                                .orElseThrow(), StandardCharsets.UTF_8), "|base64|deflate"),
                new Form("Adobe Ascii85", t -> Base85.ADOBE.encode(utf8(t)),
                        t -> new String(Base85.ADOBE.decode(t), StandardCharsets.UTF_8), "|base85"),
                // without delimiters, base85 is read as a whole value only: in prose, its alphabet is prose's
                new Form("Ascii85", t -> Base85.ASCII85.encode(utf8(t)),
                        t -> new String(Base85.ASCII85.decode(t), StandardCharsets.UTF_8), "|base85", false),
                new Form("base85 of RFC 1924", t -> Base85.RFC1924.encode(utf8(t)),
                        t -> new String(Base85.RFC1924.decode(t), StandardCharsets.UTF_8), "|base85", false),
                new Form("Ascii85 of UTF-16LE", t -> Base85.ASCII85.encode(t.getBytes(StandardCharsets.UTF_16LE)),
                        t -> new String(Base85.ASCII85.decode(t), StandardCharsets.UTF_16LE), "|base85|utf16le",
                        false),
                // a uuencoded block starts a line: read in prose, it is (uuencodedBlockInAMail)
                new Form("uuencoded with backticks", t -> Uuencoding.encode(utf8(t), "begin 644 key.txt", true, "\n"),
                        t -> new String(Uuencoding.decode(t).bytes(), StandardCharsets.UTF_8), "|uu", false),
                new Form("uuencoded as Python writes it", t -> PYTHON_UU_OF_TEXT,
                        t -> new String(Uuencoding.decode(t.strip()).bytes(), StandardCharsets.UTF_8), "|uu", false));
    }

    /** {@code codecs.encode(TEXT.encode(), "uu")}: zero written as a space, a line of one space, and a last break. */
    private static final String PYTHON_UU_OF_TEXT = "begin 666 <data>\n"
            + "L9&5P;&]Y('=I=&@@=&]K7SEF43)X3'(W5VTT6G X2V0S5F(V('1O;FEG:'0 \n"
            + " \nend\n";

    @Test
    void pythonsUuencodingIsWhatTheTestWrites() {
        assertThat(new String(Uuencoding.decode(PYTHON_UU_OF_TEXT.strip()).bytes(), StandardCharsets.UTF_8))
                .isEqualTo(TEXT);
    }

    @Test
    void uuencodedBlockInAMail() {
        String block = Uuencoding.encode(utf8(TEXT), "begin 600 notes.txt", true, "\r\n");
        CallInput call = callWith("Hi,\r\nthe notes:\r\n" + block + "\r\nbest, J");

        assertThat(pathsOfFindings(call)).containsExactly("$.z|run[0]|uu");
        String rebuilt = sanitize(call).body().get("z").asText();
        assertThat(rebuilt).startsWith("Hi,\r\nthe notes:\r\nbegin 600 notes.txt\r\n").endsWith("\r\nend\r\nbest, J");
        String again = rebuilt.substring(rebuilt.indexOf("begin"), rebuilt.indexOf("\r\nbest"));
        assertThat(new String(Uuencoding.decode(again).bytes(), StandardCharsets.UTF_8))
                .isEqualTo("deploy with [REDACTED:TEST_TOKEN] tonight");
    }

    static List<Form> formsReadInProse() {
        return forms().stream().filter(Form::readInProse).toList();
    }

    /** The codec agrees with Python's {@code base64.a85encode} and {@code b85encode} on known values. */
    @Test
    void base85AgreesWithKnownEncodings() {
        byte[] text = utf8("hello world, this is text");

        assertThat(Base85.ASCII85.encode(text)).isEqualTo("BOu!rD]j7BEbo8;+EV:2F!,1<+EV1>F8");
        assertThat(Base85.ADOBE.encode(text)).isEqualTo("<~BOu!rD]j7BEbo8;+EV:2F!,1<+EV1>F8~>");
        assertThat(Base85.RFC1924.encode(text)).isEqualTo("Xk~0{Zy<MXa%^NQAarPHb0BGRAarGTbN");
        assertThat(Base85.ASCII85.encode(new byte[] {0, 0, 0, 0, 'a', 'b', 'c'})).isEqualTo("z@:E^");
        assertThat(Base85.ASCII85.decode("z@:E^")).containsExactly(0, 0, 0, 0, 'a', 'b', 'c');
        assertThat(Base85.RFC1924.decode("VPaz")).containsExactly('a', 'b', 'c');
        assertThat(Base85.ASCII85.decode("s8W-\"")).isNull(); // a group past 2^32 - 1
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    void aTokenInTheWholeValueIsFoundAndRedactedInItsEncoding(Form form) {
        String encoded = form.encode().apply(TEXT);
        CallInput call = callWith(encoded);

        assertThat(pathsOfFindings(call)).containsExactly("$.z" + form.suffix());
        String rebuilt = sanitize(call).body().get("z").asText();
        assertThat(form.decode().apply(rebuilt)).isEqualTo("deploy with [REDACTED:TEST_TOKEN] tonight");
        assertThat(pathsOfFindings(callWith(rebuilt))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formsReadInProse")
    void aTokenInARunInsideProseIsFoundAndTheProseKept(Form form) {
        String encoded = form.encode().apply(TEXT);
        CallInput call = callWith("here is the blob " + encoded + " as promised");

        assertThat(pathsOfFindings(call)).containsExactly("$.z|run[0]" + form.suffix());
        String rebuilt = sanitize(call).body().get("z").asText();
        assertThat(rebuilt).startsWith("here is the blob ").endsWith(" as promised");
        String run = rebuilt.substring("here is the blob ".length(), rebuilt.length() - " as promised".length());
        assertThat(form.decode().apply(run)).isEqualTo("deploy with [REDACTED:TEST_TOKEN] tonight");
    }

    @Test
    void base32OfAShortValueWithItsPaddingIsReadInProse() {
        // 10 bytes: 16 characters of base32 and its 6 padding characters, shorter than a run read for its length
        String encoded = Base32.encode(utf8("536-22-8714"), true, true);

        List<ScanField> fields = fieldsOf("my number is " + encoded + " ok");

        assertThat(fields).anySatisfy(field -> {
            assertThat(field.path()).isEqualTo("$.z|run[0]|base32");
            assertThat(field.text()).isEqualTo("536-22-8714");
        });
    }

    /**
     * Values that use these alphabets but spell no text: random keys in base64 and base32, hashes, numbers with
     * {@code 0x}, words in capitals. None becomes a decoded field (so none is read as UTF-16 "CJK" or inflated).
     */
    @Test
    void keysHashesAndWordsAreNotReadAsText() {
        Random random = new Random(5);
        for (int i = 0; i < 3_000; i++) {
            byte[] bytes = new byte[16 + random.nextInt(32)]; // a key of 128 bits or more
            random.nextBytes(bytes);
            for (String value : new String[] {b64(bytes), Base32.encode(bytes, i % 2 == 0, i % 3 != 0),
                "0x" + HexFormat.of().formatHex(bytes), HexFormat.of().formatHex(bytes), Base85.ASCII85.encode(bytes),
                Base85.ADOBE.encode(bytes), Base85.RFC1924.encode(bytes)}) {
                assertThat(decodedPaths(value)).as(value).isEmpty();
                assertThat(decodedPaths("the value " + value + " is set")).as(value).isEmpty();
            }
        }
        for (String words : new String[] {"THEQUICKBROWNFOXJUMPSOVERTHELAZYDOG", "ALLCAPSHEADINGWITHOUTSPACES",
            "0x00000000000000000000000000000000", "0xDEADBEEFDEADBEEFDEADBEEF"}) {
            assertThat(decodedPaths(words)).as(words).isEmpty();
        }
    }

    /** UTF-16 text that is not Latin (Japanese) is read only behind its byte order mark, which shows it. */
    @Test
    void utf16WithoutLatinLettersIsReadOnlyBehindItsMark() {
        String japanese = "東京都港区六本木の会議室で明日十時に会いましょう";

        assertThat(decodedPaths(b64(japanese.getBytes(StandardCharsets.UTF_16LE)))).isEmpty();
        assertThat(fieldsOf(b64(marked(japanese, StandardCharsets.UTF_16LE, 0xFF, 0xFE))))
                .anySatisfy(field -> assertThat(field.text()).isEqualTo(japanese));
    }

    @Test
    void rawDeflateThatInflatesPastTheBudgetStopsDecodingAndIsNotTakenAsText() {
        String bomb = b64(rawDeflate("A".repeat(5_000_000).getBytes(StandardCharsets.US_ASCII), Deflater.BEST_COMPRESSION,
                Deflater.DEFAULT_STRATEGY));

        assertThat(decodedPaths(bomb)).isEmpty();
    }

    private static CallInput callWith(String value) {
        return call("https://x.example/in", Map.of(), JSON.createObjectNode().put("z", value));
    }

    private static List<ScanField> fieldsOf(String value) {
        CallInput call = callWith(value);
        return CallSlots.of(call.url(), call.headers(), call.body()).fields();
    }

    /** The paths of the fields the value's binary encodings were decoded to. */
    private static List<String> decodedPaths(String value) {
        return fieldsOf(value).stream().map(ScanField::path).filter(path -> path.contains("|base")
                || path.contains("|hex") || path.contains("|utf16") || path.contains("|deflate")).toList();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String b64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static String base32Text(String encoded) {
        int end = encoded.length();
        while (end > 0 && encoded.charAt(end - 1) == '=') {
            end--;
        }
        return new String(Base32.decode(encoded.toUpperCase(Locale.ROOT), end), StandardCharsets.UTF_8);
    }

    private static byte[] marked(String text, Charset charset, int first, int second) {
        byte[] body = text.getBytes(charset);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) first;
        bytes[1] = (byte) second;
        System.arraycopy(body, 0, bytes, 2, body.length);
        return bytes;
    }
}
