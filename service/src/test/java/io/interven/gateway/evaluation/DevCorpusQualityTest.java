package io.interven.gateway.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.interven.gateway.testing.BuiltinPipeline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The detection targets on the labelled dev corpus (corpus/dev.jsonl), measured
 * through the real pipeline and plugin jars, exactly as {@code java -jar interven.jar evaluate} measures them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DevCorpusQualityTest {
    static final Path DEV = Path.of(System.getProperty("interven.corpus.dir", "../corpus"), "dev.jsonl");

    EvaluationReport report;

    @BeforeAll
    void evaluate() throws IOException {
        assertThat(Files.exists(DEV)).as("the dev corpus at " + DEV.toAbsolutePath()).isTrue();
        report = new CorpusEvaluator(BuiltinPipeline.get()).evaluate(new CorpusReader().read(DEV));
        System.out.println(report.format());
    }

    @Test
    void secretsPrecisionAndRecall() {
        assertThat(report.forClass("SECRETS").precision()).isGreaterThanOrEqualTo(0.98);
        assertThat(report.forClass("SECRETS").recall()).isGreaterThanOrEqualTo(0.97);
    }

    @Test
    void piiPrecisionAndRecall() {
        assertThat(report.forClass("PII").precision()).isGreaterThanOrEqualTo(0.95);
        assertThat(report.forClass("PII").recall()).isGreaterThanOrEqualTo(0.93);
    }

    @Test
    void noSanitizedAnswerLeaksALabelledValue() {
        assertThat(report.leakedCases()).isEmpty();
    }

    @Test
    void everyScoredToolIsRecognized() {
        assertThat(report.toolScored()).isGreaterThan(400);
        assertThat(report.toolMisses()).isEmpty();
    }
}
