package io.interven.gateway.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;

/**
 * One labelled call: the request as sent to {@code /v1/scan}, the classes and entities a correct answer reports,
 * and the expected tool ({@code custom} or empty: not scored).
 */
public record CorpusCase(String id, JsonNode request, Set<String> expectedClasses, List<ExpectedEntity> entities,
                         String tool, String operation) {

    /** A labelled value (kept in memory for leak checks only; never printed). */
    public record ExpectedEntity(String type, String dataClass, String value) {
    }

    public boolean toolScored() {
        return tool != null && !tool.isEmpty() && !tool.equals("custom");
    }
}
