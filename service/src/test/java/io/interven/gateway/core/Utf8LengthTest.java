package io.interven.gateway.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A plain-string body is counted as the UTF-8 encoder would write it, lone surrogates included. */
class Utf8LengthTest {

    @Test
    void countsWhatTheEncoderWrites() {
        Random random = new Random(23);
        char[] characters = {'a', '~', '\u00e9', '\u07ff', '\u0800', '\u4e2d', '\uffff', '\ud83d', '\ude00', '\n'};
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(20);
            for (int i = 0; i < length; i++) {
                text.append(characters[random.nextInt(characters.length)]);
            }
            String t = text.toString();
            assertThat(JsonUtf8.length(t)).as(t).isEqualTo(t.getBytes(StandardCharsets.UTF_8).length);
        }
    }
}
