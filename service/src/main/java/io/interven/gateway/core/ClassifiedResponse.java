package io.interven.gateway.core;

import io.interven.spi.Finding;
import io.interven.spi.ScanField;
import java.util.List;

/**
 * A classified response with what it was classified from: the findings and the texts they point into. Held in
 * memory only, never stored or logged ({@link #toString()} names counts only).
 */
public record ClassifiedResponse(ResponseClassification classification, List<Finding> findings,
                                 List<ScanField> fields) {
    public ClassifiedResponse {
        findings = List.copyOf(findings);
        fields = List.copyOf(fields);
    }

    @Override
    public String toString() {
        return "ClassifiedResponse[" + findings.size() + " finding(s) in " + fields.size() + " field(s)]";
    }
}
