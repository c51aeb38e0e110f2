package io.interven.gateway.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.interven.gateway.testing.BuiltinPipeline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Presidio's identifier labels that the PII plugin recognizes under the same name (US_DRIVER_LICENSE,
 * US_BANK_NUMBER, IN_PASSPORT, ...) are scored like the contact and payment types: required, and found.
 */
class PresidioIdentifierLabelsTest {
    @TempDir
    Path dir;

    @Test
    void aLabelledDriverLicenceIsRequiredAndFound() throws IOException {
        Path file = dir.resolve("presidio.json");
        Files.writeString(file, """
                [{"full_text": "My driver's license number is F162823540116", "spans": [
                  {"entity_type": "US_DRIVER_LICENSE", "entity_value": "F162823540116", "start_position": 30,
                   "end_position": 43}]},
                 {"full_text": "I need my passport to be ready by then", "spans": []}]
                """);
        List<CorpusCase> cases = new CorpusReader().read(file);

        assertThat(cases.get(0).entities()).extracting(CorpusCase.ExpectedEntity::type)
                .containsExactly("US_DRIVER_LICENSE");
        assertThat(cases.get(0).expectedClasses()).containsExactly("PII");
        assertThat(CorpusReader.PRESIDIO_TYPES).containsEntry("US_BANK_NUMBER", "US_BANK_NUMBER")
                .containsEntry("IN_PASSPORT", "IN_PASSPORT").containsEntry("IBAN_CODE", "IBAN");

        EvaluationReport report = new CorpusEvaluator(BuiltinPipeline.get()).evaluate(cases);
        assertThat(report.forEntityType("US_DRIVER_LICENSE").truePositives()).isEqualTo(1);
        assertThat(report.forClass("PII").falsePositives()).isZero();
        assertThat(report.leakedCases()).isEmpty();
    }
}
