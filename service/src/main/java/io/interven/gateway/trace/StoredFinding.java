package io.interven.gateway.trace;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.interven.spi.Finding;

/**
 * A finding as a trace keeps it: where and what kind, never the value. Every text is bounded and cleaned for
 * storage. Its JSON is the trace's {@code findings} document, the same shape the scan answer uses.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record StoredFinding(String entityType, String dataClass, String path, int start, int end, double confidence,
                     String ruleId) {
    private static final int MAX_NAME = 100;
    private static final int MAX_PATH = 1000;
    private static final int MAX_RULE_ID = 200;

    static StoredFinding of(Finding finding) {
        return new StoredFinding(StoredText.required(finding.entityType(), MAX_NAME),
                StoredText.required(finding.dataClass(), MAX_NAME), StoredText.required(finding.path(), MAX_PATH),
                finding.start(), finding.end(), finding.confidence(),
                StoredText.bounded(finding.ruleId(), MAX_RULE_ID));
    }
}
