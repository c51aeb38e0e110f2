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
 * A GitHub or npm token whose prefix was dropped, disguised or glued on, or which is written backwards without it,
 * is found by its checksum alone; random runs of its shape and bodies with a character changed are not.
 */
class HeadlessChecksumTokenTest {
    private static final String BODY = "waEWnr1rhluirLT28usPN5OMmTIFJY4DjqyC";
    private static final SecretsDetector DETECTOR = new SecretsDetector();

    @ParameterizedTest
    @ValueSource(strings = {"%s", "g_h_p___%s", "g-h-p-%s", "GHP_%s", "GHP-%s", "ghp%s", "Ghp%s", "gh_p%s", "ghp__%s",
        "ghp-%s", "token_%s", "%sxyz", "g.h.p.%s"})
    void aBodyWithItsPrefixDroppedOrWrittenOtherwiseIsFound(String template) {
        String written = template.formatted(BODY);
        String text = "deploy with " + written + " today";

        List<Finding> findings = tokens(text);

        assertThat(findings).extracting(Finding::entityType).containsExactly("GITHUB_TOKEN");
        String found = text.substring(findings.get(0).start(), findings.get(0).end());
        assertThat(found).contains(BODY);
        assertThat(written.replace(".", "")).contains(found.replace(".", ""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"%s", "%s___p_h_g", "%s_PHG"})
    void aBodyWrittenBackwardsIsFound(String template) {
        String written = template.formatted(new StringBuilder(BODY).reverse());

        assertThat(tokens("reversed: " + written + ".")).extracting(Finding::entityType)
                .containsExactly("GITHUB_TOKEN");
    }

    @Test
    void anNpmPrefixWrittenOtherwiseNamesNpm() {
        assertThat(tokens("n_p_m___" + BODY)).extracting(Finding::entityType).containsExactly("NPM_TOKEN");
        assertThat(tokens("NPM-" + BODY)).extracting(Finding::entityType).containsExactly("NPM_TOKEN");
    }

    @Test
    void aLongNameBeforeTheBodyIsNotPartOfTheFinding() {
        String text = "MY_SERVICE_DEPLOY_TOKEN_" + BODY;

        List<Finding> findings = tokens(text);

        assertThat(findings).hasSize(1);
        assertThat(text.substring(findings.get(0).start(), findings.get(0).end())).isEqualTo(BODY);
    }

    @Test
    void aWholeTokenIsFoundOnceByItsOwnRule() {
        List<Finding> findings = DETECTOR.detect(new ScanField("$.text", FieldLocation.BODY, null, "ghp_" + BODY));

        assertThat(findings).extracting(Finding::ruleId).containsExactly("github-token");
    }

    @Test
    void randomRunsOfTheShapeAndBrokenBodiesAreNotFound() {
        Random random = new Random(8);
        for (int round = 0; round < 50_000; round++) {
            String run = SplitChecksumTokenRuleTest.randomBase62(random, 36 + random.nextInt(8));
            assertThat(tokens("id " + run + " ok")).as(run).isEmpty();
        }
        for (int i = 0; i < BODY.length(); i++) {
            char changed = BODY.charAt(i) == 'a' ? 'b' : 'a';
            String broken = BODY.substring(0, i) + changed + BODY.substring(i + 1);
            assertThat(tokens("ghp" + broken)).as(broken).isEmpty();
        }
    }

    private static List<Finding> tokens(String text) {
        return SplitChecksumTokenRuleTest.tokens(text);
    }
}
