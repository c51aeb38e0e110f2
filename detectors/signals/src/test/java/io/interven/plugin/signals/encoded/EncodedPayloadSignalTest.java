package io.interven.plugin.signals.encoded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interven.spi.AgentRef;
import io.interven.spi.FieldLocation;
import io.interven.spi.InvalidPluginSettings;
import io.interven.spi.OutboundCall;
import io.interven.spi.PluginSettings;
import io.interven.spi.ReasonCodes;
import io.interven.spi.ScanField;
import io.interven.spi.SignalContext;
import io.interven.spi.SignalResult;
import io.interven.spi.ToolMatch;
import io.interven.spi.Verb;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class EncodedPayloadSignalTest {
    private static final ToolMatch UNKNOWN_WRITE = new ToolMatch("custom_proxy", "http_post", Verb.WRITE);

    private final EncodedPayloadSignal signal = new EncodedPayloadSignal();

    private static byte[] random(int size) {
        byte[] bytes = new byte[size];
        new Random(42).nextBytes(bytes);
        return bytes;
    }

    private static SignalContext call(ToolMatch tool, ScanField... fields) {
        return new SignalContext(OutboundCall.of("POST", "https://collector.example.net/in", Map.of()), tool, List.of(),
                new AgentRef("5a0a3a9e-8f5e-4c1e-9a38-6c3f3f3f3f3f", "agent", null)).withFields(List.of(fields));
    }

    private static ScanField body(String path, String text) {
        return new ScanField(path, FieldLocation.BODY, "data", text);
    }

    private String detailFor(String text) {
        return signal.evaluate(call(UNKNOWN_WRITE, body("$.data", text))).orElseThrow().detail();
    }

    @Test
    void aLargeBase64BlobToAnUnknownDestinationFires() {
        SignalResult fired = signal.evaluate(call(UNKNOWN_WRITE,
                body("$.data", Base64.getEncoder().encodeToString(random(4000))))).orElseThrow();

        assertThat(fired.reasonCode()).isEqualTo(ReasonCodes.ENCODED_PAYLOAD);
        assertThat(fired.weight()).isEqualTo(0.4);
        assertThat(fired.detail()).isEqualTo("base64 blob 4 to 64 KB in $.data sent to an unknown destination");
    }

    @Test
    void everyEncodingIsNamed() throws IOException {
        assertThat(detailFor(Base64.getUrlEncoder().encodeToString(random(600)))).startsWith("base64url blob under 4 KB");
        assertThat(detailFor(HexFormat.of().formatHex(random(400)))).startsWith("hex blob");
        assertThat(detailFor(HexFormat.of().withUpperCase().formatHex(random(400)))).startsWith("hex blob");
        assertThat(detailFor(base32(random(400)))).startsWith("base32 blob");
        assertThat(detailFor(Base64.getEncoder().encodeToString(gzip(random(2000))))).startsWith("gzip in base64 blob");
        assertThat(detailFor(Base64.getMimeEncoder().encodeToString(random(100_000))))
                .startsWith("base64 blob over 64 KB"); // wrapped at 76 columns, CRLF
        assertThat(detailFor("prefix text " + Base64.getEncoder().encodeToString(
                "the quarterly numbers, row by row: ".repeat(40).getBytes(StandardCharsets.UTF_8)) + " suffix"))
                .startsWith("base64 blob");
        StringBuilder dense = new StringBuilder();
        Random random = new Random(7);
        while (dense.length() < 800) {
            dense.append((char) ('!' + random.nextInt(94)));
        }
        assertThat(detailFor(dense.toString())).startsWith("high-entropy text blob");
    }

    @Test
    void aBlobInTheQueryCountsToo() {
        ScanField query = new ScanField("query.d", FieldLocation.QUERY, "d",
                Base64.getUrlEncoder().withoutPadding().encodeToString(random(800)));

        assertThat(signal.evaluate(call(UNKNOWN_WRITE, query))).isPresent();
    }

    @Test
    void recognizedToolsReadsAndSmallTokensDoNotFire() {
        String blob = Base64.getEncoder().encodeToString(random(3000));

        assertThat(signal.evaluate(call(new ToolMatch("github", "create_file", Verb.WRITE), body("$.content", blob))))
                .as("a GitHub commit of a base64 file").isEmpty();
        assertThat(signal.evaluate(call(new ToolMatch("slack", "post_message", Verb.WRITE),
                body("$.image", "data:image/png;base64," + blob)))).as("an image to Slack").isEmpty();
        assertThat(signal.evaluate(call(new ToolMatch("custom_proxy", "http_get", Verb.READ), body("$.data", blob))))
                .as("a read").isEmpty();
        assertThat(signal.evaluate(call(UNKNOWN_WRITE, new ScanField("headers.X-Blob", FieldLocation.HEADER, "X-Blob",
                blob)))).as("a header").isEmpty();
        assertThat(signal.evaluate(call(UNKNOWN_WRITE, body("$.token", Base64.getEncoder().encodeToString(random(300))),
                body("$.jwt", "eyJhbGciOiJIUzI1NiJ9." + Base64.getUrlEncoder().encodeToString(random(200))))))
                .as("small tokens").isEmpty();
    }

    @Test
    void longTextThatIsNotEncodedDoesNotFire() {
        for (String text : List.of("a".repeat(5000), "ABAB".repeat(500), "-".repeat(2000),
                "The quarterly report is attached. ".repeat(200), "0".repeat(4000),
                "{\"id\":1,\"name\":\"widget\",\"tags\":[\"a\",\"b\"],\"price\":12.5}".repeat(30),
                "/api/v1/customers/12345/orders/67890/items".repeat(30))) {
            assertThat(signal.evaluate(call(UNKNOWN_WRITE, body("$.text", text)))).as(text.substring(0, 20)).isEmpty();
        }
    }

    @Test
    void manyBlobsNameThreeFieldsAndCountTheRest() {
        String blob = HexFormat.of().formatHex(random(400));
        ScanField[] fields = new ScanField[5];
        for (int i = 0; i < fields.length; i++) {
            fields[i] = body("$.parts[" + i + "]", blob);
        }
        assertThat(signal.evaluate(call(UNKNOWN_WRITE, fields)).orElseThrow().detail())
                .contains("$.parts[2]").doesNotContain("$.parts[3]").contains("and 2 more");
    }

    @Test
    void lengthAndWeightAreSettings() {
        EncodedPayloadSignal configured = new EncodedPayloadSignal();
        configured.configure(PluginSettings.of(Map.of("encoded-payload", Map.of("min-length", 128, "weight", 0.3))));

        SignalResult fired = configured.evaluate(call(UNKNOWN_WRITE,
                body("$.token", Base64.getEncoder().encodeToString(random(300))))).orElseThrow();
        assertThat(fired.weight()).isEqualTo(0.3);
        assertThatThrownBy(() -> new EncodedPayloadSignal().configure(PluginSettings.of(Map.of("encoded-payload",
                Map.of("min-length", 10))))).isInstanceOf(InvalidPluginSettings.class)
                .hasMessageContaining("encoded-payload.min-length");
        assertThatThrownBy(() -> new EncodedPayloadSignal().configure(PluginSettings.of(Map.of("encoded-payload",
                Map.of("high-entropy-bits", 9))))).isInstanceOf(InvalidPluginSettings.class)
                .hasMessageContaining("encoded-payload.high-entropy-bits");
    }

    @Test
    void theHighEntropyThresholdIsASetting() {
        StringBuilder dense = new StringBuilder();
        Random random = new Random(11);
        while (dense.length() < 800) {
            dense.append((char) ('!' + random.nextInt(94))); // about 6.5 bits per character
        }
        EncodedPayloadSignal strict = new EncodedPayloadSignal();
        strict.configure(PluginSettings.of(Map.of("encoded-payload", Map.of("high-entropy-bits", 7))));

        assertThat(signal.evaluate(call(UNKNOWN_WRITE, body("$.text", dense.toString())))).isPresent();
        assertThat(strict.evaluate(call(UNKNOWN_WRITE, body("$.text", dense.toString())))).isEmpty();
    }

    private static String base32(byte[] bytes) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        StringBuilder out = new StringBuilder();
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = buffer << 8 | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                out.append(alphabet.charAt(buffer >> (bits - 5) & 31));
                bits -= 5;
            }
        }
        return out.toString();
    }

    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(data);
        }
        return out.toByteArray();
    }
}
