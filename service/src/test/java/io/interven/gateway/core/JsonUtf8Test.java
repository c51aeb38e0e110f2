package io.interven.gateway.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A body measured and fingerprinted as it is written out gives exactly what its text's UTF-8 bytes give, for every
 * character (controls, quotes, every plane, surrogate pairs, lone surrogates) wherever it falls, in bodies long
 * enough that the writer hands its text over in several pieces.
 */
class JsonUtf8Test {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final char[] AWKWARD = {'"', '\\', '/', '\n', '\b', '\t', '\f', '\r', '\u0001', '\u000b',
        '\u0000', '\u001f', '\u007f', '\u0080', '\u07ff',
        '\u0800', '\u2028', '\ufeff', '\uffff', '\ud800', '\udbff', '\udc00', '\udfff', 'é', '中'};

    @Test
    void everyBodyMeasuresAndFingerprintsAsItsText() {
        Random random = new Random(3);
        for (int round = 0; round < 1_500; round++) {
            JsonNode body = value(random, 0);
            String text = body.toString();

            assertThat(JsonUtf8.length(body)).as("round %d", round)
                    .isEqualTo(text.getBytes(StandardCharsets.UTF_8).length);
            assertThat(BodyFingerprint.of("salt-" + round, body)).as("round %d", round)
                    .isEqualTo(BodyFingerprint.of("salt-" + round, text));
        }
    }

    @Test
    void aSurrogatePairSplitBetweenTwoWritesIsOneCharacterAndALoneOneIsAQuestionMark() {
        Random random = new Random(5);
        for (int round = 0; round < 3_000; round++) {
            String text = string(random, 1 + random.nextInt(40));
            JsonUtf8.Utf8Encoder encoder = new JsonUtf8.Utf8Encoder(null);
            int at = 0;
            while (at < text.length()) {
                int piece = Math.min(text.length() - at, 1 + random.nextInt(4));
                if (random.nextBoolean()) {
                    encoder.write(text.toCharArray(), at, piece);
                } else {
                    encoder.write(text, at, piece);
                }
                at += piece;
            }
            encoder.close();

            assertThat(encoder.bytes).as(text).isEqualTo(text.getBytes(StandardCharsets.UTF_8).length);
        }
    }

    @Test
    void longPlainRunsAreCountedAndHashedWhole() {
        // ASCII runs are written a block at a time: runs longer than a block, starting anywhere in one, after a
        // high surrogate that the run's first character leaves lone, and between escapes
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            StringBuilder text = new StringBuilder();
            for (int piece = random.nextInt(6); piece >= 0; piece--) {
                switch (random.nextInt(4)) {
                    case 0 -> text.append('\ud83d');
                    case 1 -> text.append(AWKWARD[random.nextInt(AWKWARD.length)]);
                    default -> { }
                }
                for (int i = random.nextInt(3_000); i > 0; i--) {
                    text.append((char) (0x20 + random.nextInt(0x60)));
                }
            }
            ObjectNode body = NODES.objectNode();
            body.put(string(random, random.nextInt(5)), text.toString());
            body.put("n", random.nextInt());

            assertThat(JsonUtf8.length(body)).as("round %d", round)
                    .isEqualTo(body.toString().getBytes(StandardCharsets.UTF_8).length);
            assertThat(BodyFingerprint.of("salt", body)).as("round %d", round)
                    .isEqualTo(BodyFingerprint.of("salt", body.toString()));
        }
    }

    @Test
    void noBodyFingerprintsAsTheEmptyText() {
        assertThat(BodyFingerprint.of("salt", (JsonNode) null)).isEqualTo(BodyFingerprint.of("salt", ""));
        assertThat(BodyFingerprint.of("salt", NODES.textNode("a b")))
                .isEqualTo(BodyFingerprint.of("salt", "\"a b\""));
    }

    private static JsonNode value(Random random, int depth) {
        int kind = depth > 3 ? 4 + random.nextInt(4) : random.nextInt(8);
        switch (kind) {
            case 0, 1 -> {
                ObjectNode object = NODES.objectNode();
                for (int i = random.nextInt(6); i > 0; i--) {
                    object.set(string(random, random.nextInt(12)), value(random, depth + 1));
                }
                return object;
            }
            case 2, 3 -> {
                ArrayNode array = NODES.arrayNode();
                for (int i = random.nextInt(6); i > 0; i--) {
                    array.add(value(random, depth + 1));
                }
                return array;
            }
            case 4 -> {
                // long enough that the writer's buffer (a few thousand characters) is handed over in pieces
                return NODES.textNode(string(random, random.nextInt(4) == 0 ? 3_000 + random.nextInt(9_000)
                        : random.nextInt(60)));
            }
            case 5 -> {
                return switch (random.nextInt(5)) {
                    case 0 -> NODES.numberNode(new BigDecimal(random.nextInt(100_000) + "." + random.nextInt(1_000)
                            + "E" + (random.nextInt(40) - 20)));
                    case 1 -> NODES.numberNode(new BigInteger(80, random));
                    case 2 -> NODES.numberNode(random.nextDouble() * 1e10);
                    case 3 -> NODES.numberNode(random.nextLong());
                    default -> NODES.numberNode(random.nextInt());
                };
            }
            case 6 -> {
                return NODES.booleanNode(random.nextBoolean());
            }
            default -> {
                return NODES.nullNode();
            }
        }
    }

    private static String string(Random random, int length) {
        StringBuilder text = new StringBuilder();
        while (text.length() < length) {
            switch (random.nextInt(6)) {
                case 0 -> text.append(AWKWARD[random.nextInt(AWKWARD.length)]);
                case 1 -> text.appendCodePoint(0x10000 + random.nextInt(0x100000)); // a surrogate pair
                case 2 -> text.append((char) random.nextInt(0x10000)); // any char, lone surrogates included
                default -> text.append((char) ('a' + random.nextInt(26)));
            }
        }
        return text.toString();
    }
}
