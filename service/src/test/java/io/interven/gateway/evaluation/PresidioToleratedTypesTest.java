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
 * Presidio's PERSON and DATE_TIME spans need named-entity recognition and are not required; a person name or a date
 * of birth found where the sentence labels one is therefore not a false positive, and one found where it labels
 * none is.
 */
class PresidioToleratedTypesTest {
    @TempDir
    Path dir;

    private List<CorpusCase> read(String json) throws IOException {
        Path file = dir.resolve("presidio.json");
        Files.writeString(file, json);
        return new CorpusReader().read(file);
    }

    @Test
    void labelledPersonsAndDatesAreToleratedNotRequired() throws IOException {
        List<CorpusCase> cases = read("""
                [{"full_text": "Dear Jane Doe, she was born on 2/8/1935.", "spans": [
                  {"entity_type": "PERSON", "entity_value": "Jane Doe", "start_position": 5, "end_position": 13},
                  {"entity_type": "DATE_TIME", "entity_value": "2/8/1935", "start_position": 31, "end_position": 39}]},
                 {"full_text": "Call 212-555-0187 now", "spans": [
                  {"entity_type": "PHONE_NUMBER", "entity_value": "212-555-0187", "start_position": 5,
                   "end_position": 17}]}]
                """);

        assertThat(cases.get(0).toleratedTypes()).containsExactlyInAnyOrder("PERSON", "DATE_OF_BIRTH");
        assertThat(cases.get(0).entities()).isEmpty();
        assertThat(cases.get(0).expectedClasses()).isEmpty();
        assertThat(cases.get(1).toleratedTypes()).isEmpty();
    }

    @Test
    void aToleratedFindingIsNeitherAFalsePositiveNorRequired() throws IOException {
        List<CorpusCase> cases = read("""
                [{"full_text": "Dear Jane Doe, she was born on 2/8/1935.", "spans": [
                  {"entity_type": "PERSON", "entity_value": "Jane Doe", "start_position": 5, "end_position": 13},
                  {"entity_type": "DATE_TIME", "entity_value": "2/8/1935", "start_position": 31, "end_position": 39}]},
                 {"full_text": "Mr. Leiva flew to Oslo on Tuesday.", "spans": [
                  {"entity_type": "PERSON", "entity_value": "Mr. Leiva", "start_position": 0, "end_position": 9}]},
                 {"full_text": "Dear Jane Doe, welcome.", "spans": []}]
                """);

        EvaluationReport report = new CorpusEvaluator(BuiltinPipeline.get()).evaluate(cases);

        assertThat(report.forClass("PII").falsePositives()).as("only the unlabelled name").isEqualTo(1);
        assertThat(report.forClass("PII").truePositives()).isZero();
        assertThat(report.forEntityType("PERSON").truePositives()).isEqualTo(2);
        assertThat(report.forEntityType("PERSON").falsePositives()).isEqualTo(1);
        assertThat(report.forEntityType("DATE_OF_BIRTH").truePositives()).isEqualTo(1);
        assertThat(report.leakedCases()).isEmpty();
    }
}
