package io.interven.gateway.core;

import io.interven.spi.Finding;
import io.interven.spi.ScanField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Paths name JSON keys, and a key can itself be a secret or PII ({@code {"jane@example.com": {...}}}). Before
 * findings leave the pipeline (answer, trace), every path segment that is such a key is replaced by its redaction
 * marker, so no value reaches a client or the database through a path.
 */
final class DisclosablePaths {
    private DisclosablePaths() {
    }

    static List<Finding> of(List<Finding> findings, List<ScanField> fields) {
        Map<String, ScanField> fieldsByPath = fields.stream()
                .collect(Collectors.toMap(ScanField::path, Function.identity(), (a, b) -> a));
        Map<String, String> renamed = new LinkedHashMap<>();
        for (Finding finding : findings) {
            if (!finding.path().endsWith(JsonTextWalker.KEY_SUFFIX)) {
                continue;
            }
            ScanField keyField = fieldsByPath.get(finding.path());
            if (keyField == null) {
                continue;
            }
            String rawPrefix = finding.path().substring(0, finding.path().length() - JsonTextWalker.KEY_SUFFIX.length());
            String parent = JsonPaths.parentOf(rawPrefix, keyField.text());
            renamed.putIfAbsent(rawPrefix, JsonPaths.child(parent, SpanRedactor.marker(finding.entityType())));
        }
        if (renamed.isEmpty()) {
            return findings;
        }
        List<Finding> safe = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            String path = f.path();
            for (Map.Entry<String, String> rename : renamed.entrySet()) {
                if (startsWithSegment(path, rename.getKey())) {
                    path = rename.getValue() + path.substring(rename.getKey().length());
                }
            }
            safe.add(path.equals(f.path()) ? f : new Finding(f.entityType(), f.dataClass(), path, f.location(),
                    f.start(), f.end(), f.confidence(), f.ruleId(), f.issuerDomains()));
        }
        return safe;
    }

    private static boolean startsWithSegment(String path, String prefix) {
        if (!path.startsWith(prefix)) {
            return false;
        }
        if (path.length() == prefix.length()) {
            return true;
        }
        char next = path.charAt(prefix.length());
        return next == '.' || next == '[' || next == '|';
    }
}
