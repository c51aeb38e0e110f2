package io.interven.gateway.core;

import static io.interven.gateway.core.CallInputs.call;
import static org.assertj.core.api.Assertions.assertThat;

import io.interven.spi.DataClasses;
import io.interven.spi.DetectionContext;
import io.interven.spi.Detector;
import io.interven.spi.Finding;
import io.interven.spi.ScanField;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The pipeline computes a call's region hints once, from all its fields and its host, and every detector sees the
 * same context with every field of the call, including fields detected in a later chunk than the country field.
 */
class ScanPipelineRegionHintsTest {

    /** Records the context of each field and reports the field {@code $.phone} only when the call hints at BR. */
    static final class HintReader implements Detector {
        final List<DetectionContext> seen = Collections.synchronizedList(new ArrayList<>());

        @Override
        public String id() {
            return "hint-reader";
        }

        @Override
        public List<Finding> detect(ScanField field) {
            return detect(field, DetectionContext.none());
        }

        @Override
        public List<Finding> detect(ScanField field, DetectionContext context) {
            seen.add(context);
            boolean phone = field.path().equals("$.phone") && context.regionHints().contains("BR");
            return phone ? List.of(field.finding("PHONE_NUMBER", DataClasses.PII, 0, field.text().length(), 0.7,
                    "p")) : List.of();
        }
    }

    @Test
    void everyFieldSeesTheHintsOfTheWholeCall() {
        HintReader reader = new HintReader();
        ScanPipeline pipeline = PipelineFixture.withDetectors(reader);

        ScanOutcome outcome = pipeline.scan(call("POST", "https://api.example.de/v1/notes", Map.of(),
                "{\"phone\": \"(11) 91234-5678\", \"customer\": {\"country\": \"Brazil\"}}"));

        assertThat(reader.seen).isNotEmpty().allSatisfy(context ->
                assertThat(context.regionHints()).containsExactly("BR", "DE"));
        assertThat(outcome.findings()).extracting(Finding::entityType).containsExactly("PHONE_NUMBER");
    }

    @Test
    void aCallWithoutHintsGivesAnEmptyContext() {
        HintReader reader = new HintReader();

        ScanOutcome outcome = PipelineFixture.withDetectors(reader).scan(call("POST",
                "https://api.example.com/v1/notes", Map.of(), "{\"phone\": \"(11) 91234-5678\"}"));

        assertThat(reader.seen).isNotEmpty().allSatisfy(context -> assertThat(context.regionHints()).isEmpty());
        assertThat(outcome.findings()).isEmpty();
    }

    @Test
    void hintsReachFieldsInEveryChunkOfALargeBody() {
        HintReader reader = new HintReader();
        StringBuilder body = new StringBuilder("{\"items\": [");
        for (int i = 0; i < 3 * ScanPipeline.DETECTION_CHUNK; i++) {
            body.append(i == 0 ? "" : ",").append("\"item ").append(i).append('"');
        }
        body.append("], \"phone\": \"(11) 91234-5678\", \"country\": \"BR\"}");

        ScanOutcome outcome = PipelineFixture.withDetectors(reader).scan(call("POST",
                "https://api.example.com/v1/notes", Map.of(), body.toString()));

        assertThat(outcome.findings()).extracting(Finding::entityType).containsExactly("PHONE_NUMBER");
        assertThat(reader.seen).allSatisfy(context -> assertThat(context.regionHints()).containsExactly("BR"));
    }
}
