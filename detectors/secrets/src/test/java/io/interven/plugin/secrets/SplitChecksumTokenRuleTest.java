package io.interven.plugin.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import io.interven.spi.FieldLocation;
import io.interven.spi.Finding;
import io.interven.spi.ScanField;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * GitHub and npm tokens cut by white space are joined when their checksum holds, and their whole written span (the
 * pieces and the cuts) is the finding; words after a prefix, broken tokens and tokens cut too often are not.
 */
class SplitChecksumTokenRuleTest {
    private static final String BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final String TOKEN = "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";
    private static final SecretsDetector DETECTOR = new SecretsDetector();

    @ParameterizedTest
    @ValueSource(strings = {
            "ghp_waEWnr1rhluir LT28usPN5OMmTIFJY4DjqyC",
            "ghp_waEWnr1rhluirLT28usPN5OMmTIFJY4Djqy C",
            "ghp_ waEWnr1rhluirLT28usPN5OMmTIFJY4DjqyC",
            "ghp_waEWnr1rhl\nuirLT28usPN5OMm\r\nTIFJY4DjqyC",
            "ghp_waEW nr1r hlui rLT28usPN5OMmTIFJY4D\tjqyC",
            "ghp_waEWnr1rhluirLT28  usPN5OMmTIFJY4DjqyC",
            "ghp_waEWnr1-rhluirLT-28usPN5OMm-TIFJY4DjqyC",
            "ghp_waEWnr1rhl | uirLT28usP | N5OMmTIFJY | 4DjqyC",
            "ghp_waEWnr1rhluir+LT28usPN5OMmTIFJY4DjqyC",
            "ghp_waEWnr1rhluir, LT28usPN5OMmTIFJY4DjqyC",
            "ghp_waEWnr1rhluir—LT28usPN5OMmTIFJY4DjqyC",
            "ghp_w.a.E.W.n.r.1.r.h.l.u.i.rLT28usPN5OMmTIFJY4DjqyC",
    })
    void aTokenCutByWhiteSpaceOrPunctuationIsFoundOverItsWholeSpan(String written) {
        String text = "deploy with " + written + " today";

        List<Finding> findings = tokens(text);

        assertThat(findings).extracting(Finding::entityType).containsExactly("GITHUB_TOKEN");
        assertThat(text.substring(findings.get(0).start(), findings.get(0).end())).isEqualTo(written);
    }

    @Test
    void everyPrefixOfTheFamilyAndNpmAreJoined() {
        Random random = new Random(7);
        for (String prefix : List.of("ghp_", "gho_", "ghu_", "ghs_", "ghr_", "npm_")) {
            String randomPart = randomBase62(random, 30);
            String token = prefix + randomPart + GitHubTokenChecksum.checksumOf(randomPart);
            String cut = token.substring(0, 17) + " " + token.substring(17);

            assertThat(tokens("key " + cut)).as(cut).extracting(Finding::entityType)
                    .containsExactly(prefix.equals("npm_") ? "NPM_TOKEN" : "GITHUB_TOKEN");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "ghp_waEWnr1rhluir LT28usPN5OMmTIFJY4DjqyD", // checksum broken
            "ghp_waEWnr1rhluir LT28usPN5OMmTIFJY4Djqy", // one character short
            "ghp_w a E W n r 1 r h l u i r LT28usPN5OMmTIFJY4DjqyC", // thirteen cuts
            "ghp_waEWnr1rhluir         LT28usPN5OMmTIFJY4DjqyC", // a cut of nine
            "ghp_waEWnr1rhluir LT28usPN5OMmTIFJY4DjqyCx", // glued to more
            "xghp_waEWnr1rhluir LT28usPN5OMmTIFJY4DjqyC", // inside a word
            "use ghp_ tokens for the CI and rotate them every ninety days please",
    })
    void brokenOrOverCutTokensAndWordsAfterAPrefixAreNot(String text) {
        assertThat(tokens(text)).isEmpty();
    }

    /** Prose after a prefix, cut anywhere: the joined letters and digits never hold the checksum. */
    @Test
    void randomPiecesAfterAPrefixAreNotJoinedIntoAToken() {
        Random random = new Random(13);
        String cuts = " -.|+,/:;*_\n";
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder("ghp_");
            while (text.length() < 60) {
                text.append(randomBase62(random, 1 + random.nextInt(12)))
                        .append(cuts.charAt(random.nextInt(cuts.length())));
            }
            assertThat(tokens(text.toString())).as(text.toString()).isEmpty();
        }
    }

    @Test
    void aWholeTokenIsFoundOnceByItsOwnRule() {
        List<Finding> findings = tokens("token " + TOKEN);

        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).ruleId()).isEqualTo("github-token");
    }

    /** The GitHub and npm tokens the detector finds in {@code text}. */
    static List<Finding> tokens(String text) {
        return DETECTOR.detect(new ScanField("$.text", FieldLocation.BODY, null, text)).stream()
                .filter(f -> f.entityType().equals("GITHUB_TOKEN") || f.entityType().equals("NPM_TOKEN")).toList();
    }

    static String randomBase62(Random random, int length) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < length; i++) {
            out.append(BASE62.charAt(random.nextInt(BASE62.length())));
        }
        return out.toString();
    }
}
