package io.interven.gateway.trace;

import java.util.UUID;

/**
 * A row of {@code response_scans}: how the response of a traced call was classified (data classes and entity types,
 * comma-joined; how many fields were redacted; a keyed fingerprint of the content). Never the content itself.
 */
public record ResponseScanRow(UUID id, UUID tenantId, String envName, UUID traceId, Integer responseStatus,
                              String dataClasses, String entityTypes, int fieldsRedactedCount,
                              String contentFingerprint, long createdAt) {
}
