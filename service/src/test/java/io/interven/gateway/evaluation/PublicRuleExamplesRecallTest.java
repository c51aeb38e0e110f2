package io.interven.gateway.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.interven.gateway.testing.BuiltinPipeline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * SECRETS recall on the positive examples of corpus/public-rule-examples.jsonl, leaving out the rule families that
 * corpus/public-rule-exclusions.tsv lists as not secrets under the API contract (docs/detection.md says why for
 * each). Prints every missed case by family, so that a miss can be classified.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicRuleExamplesRecallTest {
    static final Path CORPUS_DIR = Path.of(System.getProperty("interven.corpus.dir", "../corpus"));
    static final Path EXAMPLES = CORPUS_DIR.resolve("public-rule-examples.jsonl");
    /**
     * The target of the detection-breadth work, met (0.9529 on 891 cases, docs/detection.md): a change must not lower
     * it. The misses left are listed in docs/detection.md.
     */
    static final double MIN_RECALL = 0.95;
    /**
     * Exclusions may not hollow the measure out: at least 880 positive cases stay scored (891 today, of 1,853; the
     * rest are families of non-secrets and of deliberate fakes, and single cases, each with its reason).
     */
    static final int MIN_SCORED = 880;

    PublicRuleExclusions exclusions;
    List<CaseOutcome> scored = new ArrayList<>();

    @BeforeAll
    void evaluate() throws IOException {
        assertThat(Files.exists(EXAMPLES)).as("the public examples at " + EXAMPLES.toAbsolutePath()).isTrue();
        exclusions = PublicRuleExclusions.read(CORPUS_DIR.resolve(PublicRuleExclusions.FILE));
        CorpusEvaluator evaluator = new CorpusEvaluator(BuiltinPipeline.get());
        for (CorpusCase c : new CorpusReader().read(EXAMPLES)) {
            if (c.expectedClasses().contains("SECRETS") && !exclusions.excludes(c.id())) {
                scored.add(evaluator.outcomeOf(c));
            }
        }
        System.out.println(report());
    }

    private double recall() {
        long found = scored.stream().filter(o -> o.classes().contains("SECRETS")).count();
        return (double) found / scored.size();
    }

    private String report() {
        Map<String, List<String>> missedByFamily = new TreeMap<>();
        for (CaseOutcome outcome : scored) {
            if (!outcome.classes().contains("SECRETS")) {
                String id = outcome.corpusCase().id();
                missedByFamily.computeIfAbsent(PublicRuleExclusions.familyOf(id), f -> new ArrayList<>()).add(id);
            }
        }
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "public rule examples: %d positive cases scored (%d families and cases excluded), SECRETS recall %.4f%n",
                scored.size(), exclusions.keys().size(), recall()));
        missedByFamily.forEach((family, ids) -> out.append("missed ").append(family).append(' ').append(ids.size())
                .append(' ').append(ids).append('\n'));
        return out.toString();
    }

    @Test
    void secretsRecallOnTheCredentialExamples() {
        assertThat(scored.size()).isGreaterThanOrEqualTo(MIN_SCORED);
        assertThat(recall()).isGreaterThanOrEqualTo(MIN_RECALL);
    }

    @Test
    void everyExclusionNamesAFamilyOrACaseOfTheCorpus() throws IOException {
        List<String> keys = new ArrayList<>();
        for (CorpusCase c : new CorpusReader().read(EXAMPLES)) {
            keys.add(c.id());
            keys.add(PublicRuleExclusions.familyOf(c.id()));
        }

        assertThat(keys).containsAll(exclusions.keys());
    }

    @Test
    void docsDetectionListsEveryExclusionWithItsReason() throws IOException {
        String docs = Files.readString(CORPUS_DIR.resolveSibling("docs").resolve("detection.md"));

        exclusions.reasons().forEach((family, reason) -> assertThat(docs).as(family)
                .contains("| `" + family + "` | " + reason + " |"));
    }
}
