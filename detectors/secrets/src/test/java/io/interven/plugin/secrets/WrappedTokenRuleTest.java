package io.interven.plugin.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import io.interven.spi.FieldLocation;
import io.interven.spi.Finding;
import io.interven.spi.ScanField;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Prefixed tokens without a checksum wrapped over lines are found over their pieces and the breaks between them, at
 * every place after their prefix they can be cut and with every line break and indentation; a token that ends its line whole is found
 * alone, without the next line's first word, and words after a prefix-like word are no token.
 */
class WrappedTokenRuleTest {
    private static final SecretsDetector DETECTOR = new SecretsDetector();

    @ParameterizedTest(name = "{1}")
    @CsvSource({
            "sk_live_51HxQ2bKq3Lm9Np0Rs7Tu5Vw1Xy3Za8Bc4De6Fg, STRIPE_KEY, 8",
            "xoxb-2748193650127-5829164730183-Kq8dNv3RtY7uPz2LmW5xHs1B, SLACK_TOKEN, 5",
            "AKIAZ7QW3RT5YU2IOP4K, AWS_ACCESS_KEY_ID, 4",
            "glpat-Rk2Lm8Np4Qr6St0Uv3Wx, GITLAB_TOKEN, 6",
    })
    void aTokenWrappedAnywhereAfterItsPrefixIsFoundOverItsPieces(String token, String entityType, int prefix) {
        for (String lineBreak : new String[] {"\n", "\r\n", "\n    ", "\n\t"}) {
            for (int cut = prefix; cut < token.length(); cut++) { // a prefix cut itself is no prefix written
                if (!Character.isLetterOrDigit(token.charAt(cut - 1)) || !Character.isLetterOrDigit(token.charAt(cut))) {
                    continue; // a cut next to - or _ leaves a piece that is no run of the token's characters
                }
                if (isFoundWhole(token.substring(0, cut))) {
                    continue; // wrapped so late that its first line is a key of the provider's shape alone
                }
                String written = token.substring(0, cut) + lineBreak + token.substring(cut);
                String text = "the key:\n" + written + "\nthanks";

                assertThat(secrets(text)).as("%s cut at %d", token, cut).singleElement().satisfies(finding -> {
                    assertThat(finding.entityType()).isEqualTo(entityType);
                    assertThat(text.substring(finding.start(), finding.end())).isEqualTo(written);
                });
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "sk_live_51HxQ2bKq3Lm9Np0Rs7Tu5Vw1Xy3Za8Bc4De6Fg\nthanks for the review",
            "xoxb-2748193650127-5829164730183-Kq8dNv3RtY7uPz2LmW5xHs1B\nAnd another line",
    })
    void aWholeTokenEndingItsLineIsFoundWithoutTheNextWord(String text) {
        List<Finding> findings = secrets(text);

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.ruleId()).isNotEqualTo(WrappedTokenRule.ID);
            assertThat(text.substring(finding.start(), finding.end())).doesNotContain("\n");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"sk_live_settings\nare documented here", "the xoxb-token\nformat is described",
        "AKIA\nprefix keys", "use glpat-tokens\nfor CI"})
    void wordsAfterAPrefixLikeWordAreNoToken(String text) {
        assertThat(secrets(text)).isEmpty();
    }

    private static boolean isFoundWhole(String piece) {
        return secrets(piece).stream().anyMatch(f -> f.start() == 0 && f.end() == piece.length());
    }

    /** A token ending its line in an env file, and the next line's name, are not joined. */
    @org.junit.jupiter.api.Test
    void aTokenEndingItsLineInAnEnvFileIsNotJoinedToTheNextName() {
        String text = "GITLAB_TOKEN=glpat-0trowgXv3ROpya34x7Bv\nWORKERS=4\nSTRIPE=sk_live_51HxQ2bKq3Lm9Np0\nMODE: x";

        assertThat(secrets(text)).extracting(Finding::ruleId).doesNotContain(WrappedTokenRule.ID);
    }

    private static List<Finding> secrets(String text) {
        return DETECTOR.detect(new ScanField("$.text", FieldLocation.BODY, null, text));
    }
}
