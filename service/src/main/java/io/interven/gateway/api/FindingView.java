package io.interven.gateway.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.interven.spi.Finding;

/**
 * A finding as answered: where and what kind, never the value. {@code principal} is true for a value that is one
 * of the call's principals (a recipient's address), which sanitizing keeps; absent otherwise.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FindingView(String entityType, String dataClass, String path, int start, int end, double confidence,
                          String ruleId, Boolean principal) {
    public static FindingView of(Finding finding) {
        return of(finding, false);
    }

    public static FindingView of(Finding finding, boolean principal) {
        return new FindingView(finding.entityType(), finding.dataClass(), finding.path(), finding.start(),
                finding.end(), finding.confidence(), finding.ruleId(), principal ? Boolean.TRUE : null);
    }
}
