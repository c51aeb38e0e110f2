package io.interven.gateway.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;

/**
 * One labelled call: the request as sent to {@code /v1/scan}, the classes and entities a correct answer reports,
 * the expected tool ({@code custom} or empty: not scored), and the entity types that the labels hold but a correct
 * answer need not report ({@code toleratedTypes}: finding one is neither required nor a false positive).
 */
public record CorpusCase(String id, JsonNode request, Set<String> expectedClasses, List<ExpectedEntity> entities,
                         String tool, String operation, Set<String> toleratedTypes) {

    public CorpusCase {
        toleratedTypes = toleratedTypes == null ? Set.of() : Set.copyOf(toleratedTypes);
    }

    /** A case whose labels hold no tolerated type. */
    public CorpusCase(String id, JsonNode request, Set<String> expectedClasses, List<ExpectedEntity> entities,
                      String tool, String operation) {
        this(id, request, expectedClasses, entities, tool, operation, Set.of());
    }

    /** A labelled value (kept in memory for leak checks only; never printed). */
    public record ExpectedEntity(String type, String dataClass, String value) {
    }

    public boolean toolScored() {
        return tool != null && !tool.isEmpty() && !tool.equals("custom");
    }
}
