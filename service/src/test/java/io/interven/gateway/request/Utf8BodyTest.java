package io.interven.gateway.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A body that is not well-formed UTF-8 is told at its first bad sequence, whatever form the bad bytes take. */
class Utf8BodyTest {
    private static final String HEAD = "{\"text\":\"tok_";

    /** {@link #HEAD}, the bytes, then the rest of the JSON. */
    static byte[] jsonAround(byte[] inner) {
        byte[] head = HEAD.getBytes(StandardCharsets.US_ASCII);
        byte[] tail = "9fQ2xLr7Wm4Zp8Kd3Vb6\"}".getBytes(StandardCharsets.US_ASCII);
        byte[] bytes = Arrays.copyOf(head, head.length + inner.length + tail.length);
        System.arraycopy(inner, 0, bytes, head.length, inner.length);
        System.arraycopy(tail, 0, bytes, head.length + inner.length, tail.length);
        return bytes;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "c080", "c0af", "c1ab", "c1bf", // overlong two-byte forms
        "e080af", "e09fbf", // overlong three-byte forms (E0 then 80-9F)
        "f08080af", "f08fbfbf", // overlong four-byte forms (F0 then 80-8F)
        "f4908080", "f4bfbfbf", // past U+10FFFF (F4 then 90-BF)
        "eda080", "edbfbf", "eda0bdedb2a9", // encoded surrogates, alone and as a pair (CESU-8)
        "f5808080", "f8888080", "fc8480808080", "fe", "ff", "fffe", // lead bytes that never occur
        "80", "bf", "c328", // a continuation without a lead, a lead without its continuation
        "c3", "e282", "f09f98", // sequences cut off
    })
    void aSequenceThatIsNotUtf8IsToldAtItsFirstByte(String hex) {
        byte[] bad = HexFormat.of().parseHex(hex);

        assertThat(Utf8Body.firstMalformedByte(jsonAround(bad))).isEqualTo(HEAD.length());
        assertThat(Utf8Body.firstMalformedByte(bad)).isZero();
    }

    @Test
    void aSequenceCutOffByTheEndOfTheBodyIsMalformed() {
        for (String hex : new String[] {"c3", "e282", "f09f98", "f09f"}) {
            byte[] bytes = HexFormat.of().parseHex("7b7d" + hex);

            assertThat(Utf8Body.firstMalformedByte(bytes)).as(hex).isEqualTo(2);
        }
    }

    @Test
    void wellFormedTextOfEveryLengthOfSequenceIsAccepted() {
        for (String text : new String[] {"", "plain ascii", "caf\u00e9", "\u65e5\u672c", "\ud83d\ude00",
            "\u0080\u07ff\u0800\ud7ff\ue000\uffff\ud800\udc00\udbff\udfff",
            "a\u00e9\u65e5\ud83d\ude00".repeat(5_000)}) {
            byte[] bytes = jsonAround(text.getBytes(StandardCharsets.UTF_8));

            assertThat(Utf8Body.firstMalformedByte(bytes)).as(text).isEqualTo(Utf8Body.WELL_FORMED);
        }
    }

    @Test
    void aBadSequenceFarIntoALongBodyIsFoundWhereItIs() {
        byte[] good = "\u65e5\u672c\u8a9e ".repeat(3_000).getBytes(StandardCharsets.UTF_8);
        byte[] bytes = Arrays.copyOf(good, good.length + 2);
        bytes[good.length] = (byte) 0xc0;
        bytes[good.length + 1] = (byte) 0x80;

        assertThat(Utf8Body.firstMalformedByte(bytes)).isEqualTo(good.length);
    }

    /** Jackson would read these as UTF-16 or UTF-32 (a NUL among the first two bytes); no UTF-8 JSON starts so. */
    @Test
    void aBodyInUtf16OrUtf32IsNotUtf8() {
        String json = "{\"text\":\"a\uc3a9\"}";
        for (java.nio.charset.Charset charset : new java.nio.charset.Charset[] {StandardCharsets.UTF_16BE,
            StandardCharsets.UTF_16LE, java.nio.charset.Charset.forName("UTF-32BE"),
            java.nio.charset.Charset.forName("UTF-32LE")}) {
            byte[] bytes = json.getBytes(charset);

            assertThat(Utf8Body.firstMalformedByte(bytes)).as(charset.name()).isBetween(0, 1);
        }
    }

    /** Random bytes and random text are judged as the JDK's strict one-call decoder judges them. */
    @Test
    void answersAsTheStrictDecoder() {
        Random random = new Random(7);
        int malformed = 0;
        for (int round = 0; round < 20_000; round++) {
            byte[] bytes;
            if (round % 2 == 0) {
                bytes = new byte[random.nextInt(40)];
                random.nextBytes(bytes);
            } else {
                StringBuilder text = new StringBuilder();
                for (int i = random.nextInt(20); i > 0; i--) {
                    text.appendCodePoint(random.nextInt(Character.MAX_CODE_POINT + 1));
                }
                bytes = text.toString().getBytes(StandardCharsets.UTF_8);
            }
            boolean strict = strictlyDecodes(bytes) && !startsWithNul(bytes);

            assertThat(Utf8Body.firstMalformedByte(bytes) == Utf8Body.WELL_FORMED).as(HexFormat.of().formatHex(bytes))
                    .isEqualTo(strict);
            malformed += strict ? 0 : 1;
        }
        assertThat(malformed).isBetween(5_000, 10_000);
    }

    private static boolean startsWithNul(byte[] bytes) {
        return bytes.length > 0 && bytes[0] == 0 || bytes.length > 1 && bytes[1] == 0;
    }

    private static boolean strictlyDecodes(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
