package io.interven.gateway.core;

import com.fasterxml.jackson.databind.JsonNode;
import io.interven.gateway.core.fields.CallSlots;
import io.interven.gateway.core.fields.DecodeBudget;
import io.interven.gateway.core.fields.RespelledFindings;
import io.interven.gateway.core.fields.TextSlot;
import io.interven.spi.Finding;
import io.interven.spi.ScanField;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Classifies the body of an upstream response with the same detectors and decoding as outbound calls.
 * {@code fieldsRedactedCount} counts the distinct body fields (a JSON string, number or key, or a value inside a
 * decoded layer) that hold at least one finding: exactly the fields a sanitizer would change.
 */
public class ResponseClassifier {
    private final DetectorRunner detectors;

    public ResponseClassifier(DetectorRunner detectors) {
        this.detectors = detectors;
    }

    public ResponseClassification classify(JsonNode body, String tenantSalt) {
        return classifyInFull(body, tenantSalt).classification();
    }

    /**
     * The classification with the findings and the texts they were found in, in memory only, for the caller to hash
     * what it must remember of them ({@code history/ReadValueHashes}).
     */
    public ClassifiedResponse classifyInFull(JsonNode body, String tenantSalt) {
        List<TextSlot> slots = CallSlots.bodySlots(body, false, DecodeBudget.standard());
        List<ScanField> fields = CallSlots.fieldsOf(slots);
        List<Finding> findings = RespelledFindings.withoutRepeats(detectors.detect(fields), slots);
        Set<String> fieldsWithFindings = new HashSet<>();
        findings.forEach(f -> fieldsWithFindings.add(f.path()));
        String fingerprint = BodyFingerprint.of(tenantSalt, body);
        return new ClassifiedResponse(new ResponseClassification(DataClassOrder.classesOf(findings),
                findings.stream().map(Finding::entityType).distinct().sorted().toList(), fieldsWithFindings.size(),
                fingerprint), findings, fields);
    }
}
