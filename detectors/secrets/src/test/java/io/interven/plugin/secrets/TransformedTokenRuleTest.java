package io.interven.plugin.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import io.interven.spi.FieldLocation;
import io.interven.spi.Finding;
import io.interven.spi.ScanField;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Prefixed tokens written backwards, with any shift of the alphabet (ROT13 among them) or Atbash, or backwards and
 * ciphered, are found over their whole written run, with the provider's entity type and the way they were written as
 * the rule; words, tokens written forwards and broken tokens are not found this way.
 */
class TransformedTokenRuleTest {
    private static final SecretsDetector DETECTOR = new SecretsDetector();

    /** Four providers' tokens and their entity types: prefixes of letters, of letters and {@code _}, with dashes. */
    static Stream<Arguments> tokens() {
        return Stream.of(Arguments.of("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", "GITHUB_TOKEN"),
                Arguments.of("AKIAZ7QW3RT5YU2IOP4K", "AWS_ACCESS_KEY_ID"),
                Arguments.of("xoxb-2748193650127-5829164730183-Kq8dNv3RtY7uPz2LmW5xHs1B", "SLACK_TOKEN"),
                Arguments.of("sk_live_51HxQ2bKq3Lm9Np0Rs7Tu5Vw1Xy3Za8Bc4De6Fg", "STRIPE_KEY"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("tokens")
    void aTokenWrittenBackwardsInRot13OrBothIsFoundOverItsRun(String token, String entityType) {
        String[][] written = {
                {new StringBuilder(token).reverse().toString(), "reversed-token"},
                {TransformedTokenRule.rot13(token), "rot13-token"},
                {new StringBuilder(TransformedTokenRule.rot13(token)).reverse().toString(), "reversed-rot13-token"},
                {swapped(token), "swapped-case-token"},
                {new StringBuilder(swapped(token)).reverse().toString(), "reversed-swapped-case-token"},
        };
        for (String[] way : written) {
            String text = "the key is " + way[0] + ", keep it";

            List<Finding> findings = secrets(text);

            assertThat(findings).singleElement().satisfies(finding -> {
                assertThat(finding.entityType()).isEqualTo(entityType);
                assertThat(finding.ruleId()).isEqualTo(way[1]);
                assertThat(text.substring(finding.start(), finding.end())).isEqualTo(way[0]);
            });
        }
    }

    private static String swapped(String token) {
        StringBuilder out = new StringBuilder(token.length());
        token.chars().forEach(c -> out.append(TransformedTokenRule.swappedCase((char) c)));
        return out.toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "stressed desserts were reviled by a deliverer named Aika",
            "gnirts_yek_sdrawkcab_a_si_siht but it holds no token",
            "nxvn is not a prefix of anything here: nxvnabcdefghijklmnop",
            // words and identifiers of a token's length, with the shape of a shifted prefix or none
            "abcdefghijklmnopqrstuvwxyz0123456789 and zyxwvutsrqponmlkjihgfedcba9876543210",
            "internationalization_and_localization_are_hard",
            "550e8400-e29b-41d4-a716-446655440000 d41d8cd98f00b204e9800998ecf8427e",
            // a GitHub token shifted by 3 whose checksum does not hold
            "jks_U8eB2ntQ5wOz3aC9pF4yI7kM1vG6jD2LKc85",
            // a GitHub token written backwards whose checksum does not hold
            "48zHI2Ag6Ds1Jh7Fv4Cm9Zx3wLt5Nqk2Yb8A_phg",
            // the token written forwards is found once, by its own rule
            "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",
            // a GitHub token with its case swapped whose checksum does not hold
            "GHP_r8By2KQn5TlW3Xz9Mc4Vf7Hj1Sd6Ga2ihZ85",
    })
    void wordsForwardTokensAndBrokenTokensAreNotFoundTransformed(String text) {
        assertThat(secrets(text)).extracting(Finding::ruleId).noneMatch(id -> id.endsWith("-token")
                && (id.startsWith("reversed") || id.contains("rot13") || id.contains("shifted") || id.contains("atbash")
                || id.contains("swapped")));
    }

    /** Every shift of the alphabet and Atbash, forwards and backwards: 52 ways, each over four providers' tokens. */
    @ParameterizedTest(name = "{1}")
    @MethodSource("tokens")
    void aTokenInAnyShiftOrAtbashIsFound(String token, String entityType) {
        for (int shift = -1; shift < 26; shift++) {
            for (boolean backwards : new boolean[] {false, true}) {
                if (shift == 0 && !backwards) {
                    continue; // the token as it is: its own rule finds it
                }
                StringBuilder written = new StringBuilder();
                for (char c : token.toCharArray()) {
                    written.append(shift < 0 ? TransformedTokenRule.atbash(c) : TransformedTokenRule.shifted(c, shift));
                }
                String way = backwards ? written.reverse().toString() : written.toString();
                String text = "the key is " + way + ", keep it";
                String ruleId = TransformedTokenRule.ruleId(backwards, shift < 0 ? -1 : shift);

                assertThat(secrets(text)).as("shift %d%s: %s", shift, backwards ? " backwards" : "", way)
                        .singleElement().satisfies(finding -> {
                            assertThat(finding.entityType()).isEqualTo(entityType);
                            assertThat(finding.ruleId()).isEqualTo(ruleId);
                            assertThat(text.substring(finding.start(), finding.end())).isEqualTo(way);
                        });
            }
        }
    }

    /** The rule looks at every 16th character first: a run is found wherever it starts and whatever stands around. */
    @org.junit.jupiter.api.Test
    void aRunIsFoundAtEveryOffset() {
        String reversed = new StringBuilder("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").reverse().toString();
        for (int before = 0; before < 40; before++) {
            for (String around : new String[] {" ", "\n", "=", ", "}) {
                String lead = "word ".repeat(before / 5) + "x".repeat(before % 5);
                String text = lead + around + reversed + around + "tail";

                assertThat(secrets(text)).as(text).extracting(Finding::ruleId).contains("reversed-token");
            }
        }
        assertThat(secrets(new StringBuilder("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").reverse() + " end"))
                .extracting(Finding::ruleId).contains("reversed-token");
    }

    /** ROT47 moves digits and {@code _} too: the token is a run of printable characters, found both ways. */
    @ParameterizedTest(name = "{1}")
    @MethodSource("tokens")
    void aTokenInRot47IsFound(String token, String entityType) {
        StringBuilder written = new StringBuilder();
        for (char c : token.toCharArray()) {
            written.append(TransformedTokenRule.rot47(c));
        }
        for (String way : new String[] {written.toString(), written.reverse().toString()}) {
            String text = "the key is " + way + " keep it";

            assertThat(secrets(text)).as(way).singleElement().satisfies(finding -> {
                assertThat(finding.entityType()).isEqualTo(entityType);
                assertThat(finding.ruleId()).endsWith("rot47-token");
                assertThat(text.substring(finding.start(), finding.end())).isEqualTo(way);
            });
        }
    }

    @org.junit.jupiter.api.Test
    void ruleIdsSayHowATokenWasWritten() {
        assertThat(TransformedTokenRule.ruleId(true, 0)).isEqualTo("reversed-token");
        assertThat(TransformedTokenRule.ruleId(false, 13)).isEqualTo("rot13-token");
        assertThat(TransformedTokenRule.ruleId(true, 13)).isEqualTo("reversed-rot13-token");
        assertThat(TransformedTokenRule.ruleId(false, 3)).isEqualTo("shifted-token");
        assertThat(TransformedTokenRule.ruleId(true, -1)).isEqualTo("reversed-atbash-token");
    }

    /** Token prefixes are known; a prefix of small letters alone (a context rule's name) is a word, and is not. */
    @org.junit.jupiter.api.Test
    void tokenPrefixesAreKnownAndWordsAreNot() {
        List<String> prefixes = TransformedTokenRule.prefixesOf(BuiltInSecretRules.load());

        assertThat(prefixes).contains("ghp_", "akia", "sk_live_", "glpat-").doesNotContain("secret", "host", "user",
                "password", "with");
        assertThat(prefixes.size()).isGreaterThan(150);
    }

    private static List<Finding> secrets(String text) {
        return DETECTOR.detect(new ScanField("$.text", FieldLocation.BODY, null, text));
    }
}
