package io.interven.gateway.core;

import io.interven.gateway.core.fields.JsonPaths;
import io.interven.gateway.core.fields.JsonTextWalker;
import io.interven.gateway.core.fields.LayerDecoder;
import io.interven.gateway.core.fields.SpanRedactor;
import io.interven.spi.Finding;
import io.interven.spi.ScanField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Paths name JSON keys and header, query and form field names, and a name can itself be a secret or PII
 * ({@code {"jane@example.com": {...}}}, a header named after a token). Before
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
            String suffix = nameSuffixOf(finding.path());
            ScanField keyField = suffix == null ? null : fieldsByPath.get(finding.path());
            if (keyField == null) {
                continue;
            }
            String rawPrefix = finding.path().substring(0, finding.path().length() - suffix.length());
            renamedPrefix(rawPrefix, keyField.text(), SpanRedactor.marker(finding.entityType()))
                    .ifPresent(safe -> renamed.putIfAbsent(rawPrefix, safe));
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

    /** {@code |key} (a JSON key) or {@code |name} (a header, query or form field name); null for other paths. */
    private static String nameSuffixOf(String path) {
        if (path.endsWith(JsonTextWalker.KEY_SUFFIX)) {
            return JsonTextWalker.KEY_SUFFIX;
        }
        return path.endsWith(LayerDecoder.NAME_SUFFIX) ? LayerDecoder.NAME_SUFFIX : null;
    }

    /**
     * {@code prefix} with its last segment, the found name, replaced by the marker: {@code $.a['x@y.z']} becomes
     * {@code $.a['[REDACTED:EMAIL_ADDRESS]']}, {@code headers.x@y.z} becomes {@code headers.[REDACTED:...]}. A
     * repeated name keeps its occurrence mark ({@code ~2} of a JSON key, {@code [1]} of a query or form name).
     */
    private static Optional<String> renamedPrefix(String prefix, String name, String marker) {
        String occurrence = "";
        if (!prefix.endsWith(name)) {
            int mark = Math.max(prefix.lastIndexOf('~'), prefix.lastIndexOf('['));
            String tail = mark < 0 ? "" : prefix.substring(mark + 1);
            tail = tail.endsWith("]") && prefix.charAt(mark) == '[' ? tail.substring(0, tail.length() - 1) : tail;
            if (!tail.isEmpty() && tail.chars().allMatch(Character::isDigit)) {
                occurrence = prefix.substring(mark);
                prefix = prefix.substring(0, mark);
            }
        }
        String quoted = "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']";
        if (prefix.endsWith(quoted)) {
            String parent = prefix.substring(0, prefix.length() - quoted.length());
            return Optional.of(JsonPaths.child(parent, marker) + occurrence);
        }
        if (prefix.endsWith("." + name)) {
            return Optional.of(prefix.substring(0, prefix.length() - name.length()) + marker + occurrence);
        }
        return Optional.empty();
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
