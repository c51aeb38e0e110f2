package io.interven.gateway.core;

import java.util.List;

/**
 * What an upstream response carried: its data classes and entity types, how many of its fields a redaction
 * would change, and its keyed fingerprint.
 */
public record ResponseClassification(List<String> dataClasses, List<String> entityTypes, int fieldsRedactedCount,
                                     String contentFingerprint) {
    public ResponseClassification {
        dataClasses = List.copyOf(dataClasses);
        entityTypes = List.copyOf(entityTypes);
    }
}
