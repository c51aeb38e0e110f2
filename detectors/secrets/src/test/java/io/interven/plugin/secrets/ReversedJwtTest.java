package io.interven.plugin.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import io.interven.spi.FieldLocation;
import io.interven.spi.Finding;
import io.interven.spi.ScanField;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A JSON Web Token written backwards is found over its written span; look-alikes that read back to no JWT are not. */
class ReversedJwtTest {
    private static final SecretsDetector DETECTOR = new SecretsDetector();
    private static final String BASE64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    @Test
    void aTokenWrittenBackwardsIsFoundWhereverItStands() {
        Random random = new Random(31);
        for (int round = 0; round < 200; round++) {
            String reversed = new StringBuilder(jwt(random)).reverse().toString();
            for (String text : List.of(reversed, "the token reversed: " + reversed + ". Use it.",
                    "{\"t\":\"" + reversed + "\"}", "Authorization=" + reversed)) {
                List<Finding> findings = jwts(text);

                assertThat(findings).as(text).extracting(Finding::ruleId).containsExactly("reversed-token");
                assertThat(text.substring(findings.get(0).start(), findings.get(0).end())).isEqualTo(reversed);
            }
        }
    }

    @Test
    void aTokenWrittenForwardsIsTheJwtRulesOnly() {
        String token = jwt(new Random(32));

        assertThat(jwts("bearer " + token)).extracting(Finding::ruleId).containsExactly("jwt");
    }

    @Test
    void textsShapedLikeAReversedTokenThatReadBackToNoneAreNotFound() {
        Random random = new Random(33);
        String alphabet = BASE64URL;
        for (int round = 0; round < 2_000; round++) {
            String text = chars(random, alphabet, 20 + random.nextInt(30)) + "." + chars(random, alphabet, 30) + "Jye."
                    + chars(random, alphabet, 30) + "Jye";
            assertThat(jwts(text)).as(text).isEmpty();
        }
        // a header that is no JSON naming an algorithm, reversed
        String notAHeader = URL.encodeToString("{\"typ\":\"text\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + URL.encodeToString("{\"sub\":\"x1234567\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + "c2lnbmF0dXJlc2lnbmF0dXJl";
        assertThat(jwts(new StringBuilder(notAHeader).reverse().toString())).isEmpty();
    }

    private static List<Finding> jwts(String text) {
        return DETECTOR.detect(new ScanField("$.text", FieldLocation.BODY, null, text)).stream()
                .filter(f -> f.entityType().equals("JWT")).toList();
    }

    private static String jwt(Random random) {
        String header = URL.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String payload = URL.encodeToString(("{\"sub\":\"" + chars(random, "abcdefghijkmnopqrstuvwxyz0123456789", 12)
                + "\",\"iat\":" + (1_700_000_000 + random.nextInt(50_000_000)) + "}").getBytes(StandardCharsets.UTF_8));
        return header + "." + payload + "." + chars(random, BASE64URL, 43);
    }

    private static String chars(Random random, String alphabet, int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return out.toString();
    }
}
