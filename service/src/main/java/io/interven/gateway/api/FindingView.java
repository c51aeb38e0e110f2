package io.interven.gateway.api;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.interven.spi.Finding;

/** A finding as answered and stored: where and what kind, never the value. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record FindingView(String entityType, String dataClass, String path, int start, int end, double confidence,
                          String ruleId) {
    public static FindingView of(Finding finding) {
        return new FindingView(finding.entityType(), finding.dataClass(), finding.path(), finding.start(),
                finding.end(), finding.confidence(), finding.ruleId());
    }
}
