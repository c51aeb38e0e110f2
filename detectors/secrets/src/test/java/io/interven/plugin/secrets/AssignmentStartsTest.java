package io.interven.plugin.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * The assignment rule tries its expression only at the names an operator follows; it must find what searching the
 * region finds, for any region.
 */
class AssignmentStartsTest {
    private static final String[] PIECES = {"api_key", "password", "x", "DB_PASSWORD", "a.b-c", "9key", "_tok",
        "k".repeat(64), "k".repeat(65), "\"", "'", "`", " ", "  ", "     ", "\t", "=", ":", "=>", ":=", "::",
        "Bearer ", "token ", "s3cr3tValue", "==", "!=", "!==", "===", "\\\"", "\\", " ".repeat(30), " ".repeat(33),
        "4ian1234", "!", "AbCdEf123456", "x".repeat(20), ",", ";", "&", "\n", "(", "{", "-",
        ".", "https://h/x?api_key=", "é"};

    @Test
    void findsWhatASearchOfTheRegionFinds() {
        Random random = new Random(13);
        int found = 0;
        for (int round = 0; round < 20_000; round++) {
            StringBuilder built = new StringBuilder();
            int pieces = 1 + random.nextInt(20);
            for (int i = 0; i < pieces; i++) {
                built.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String text = built.toString();
            int from = random.nextInt(text.length());
            int to = from + random.nextInt(text.length() - from + 1);
            Matcher searched = TextSecretRule.matcherWithin(AssignmentSecretRule.ASSIGNMENT, text, from, to);
            Matcher gated = TextSecretRule.matcherWithin(AssignmentSecretRule.ASSIGNMENT, text, from, to);
            int at = from;
            while (true) {
                boolean expected = at < to && searched.region(at, to).find();
                boolean actual = at < to && AssignmentSecretRule.find(gated, text, at, to);
                assertThat(actual).as("%s [%d, %d) from %d", text, from, to, at).isEqualTo(expected);
                if (!expected) {
                    break;
                }
                assertThat(gated.start()).as(text).isEqualTo(searched.start());
                assertThat(gated.end()).as(text).isEqualTo(searched.end());
                found++;
                at = searched.end();
            }
        }
        assertThat(found).isGreaterThan(500);
    }
}
