package io.interven.gateway.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Looking entries up by a rolled key finds what a map keyed by the four-character substring finds. */
class ValuePrefixesTest {

    @Test
    void rolledKeysFindWhatSubstringsFind() {
        Random random = new Random(17);
        String alphabet = "abcAB12 .@\u00e9\u4e2d\ud83d\ude00";
        for (int round = 0; round < 200; round++) {
            ValuePrefixes.Builder<String> builder = new ValuePrefixes.Builder<>();
            Map<String, List<String>> byPrefix = new HashMap<>();
            int values = 1 + random.nextInt(40);
            for (int v = 0; v < values; v++) {
                String value = randomText(random, alphabet, 4 + random.nextInt(6));
                builder.add(value, value);
                byPrefix.computeIfAbsent(value.substring(0, 4), k -> new java.util.ArrayList<>()).add(value);
            }
            ValuePrefixes<String> prefixes = builder.build();
            String text = randomText(random, alphabet, 200);
            long key = 0;
            for (int i = 0; i < 3; i++) {
                key = ValuePrefixes.roll(key, text.charAt(i));
            }
            for (int at = 0; at + 4 <= text.length(); at++) {
                key = ValuePrefixes.roll(key, text.charAt(at + 3));
                assertThat(key).isEqualTo(ValuePrefixes.key(text, at));
                assertThat(prefixes.get(key)).isEqualTo(byPrefix.get(text.substring(at, at + 4)));
            }
            for (Map.Entry<String, List<String>> entry : byPrefix.entrySet()) {
                assertThat(prefixes.get(ValuePrefixes.key(entry.getKey(), 0))).isEqualTo(entry.getValue());
            }
        }
    }

    private static String randomText(Random random, String alphabet, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }
}
