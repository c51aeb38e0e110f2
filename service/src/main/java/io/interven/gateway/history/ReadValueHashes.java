package io.interven.gateway.history;

import io.interven.spi.ComparableValues;
import io.interven.spi.Finding;
import io.interven.spi.ScanField;
import io.interven.spi.ValueHash;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The keyed hashes of what an answer carried, as a later write is compared with it: first the values of the
 * detectors' findings (PII, secrets), then the text fields long enough to be fragments ({@link ComparableValues}),
 * at most {@code cap} in all. The values themselves never leave this method.
 */
public final class ReadValueHashes {
    private ReadValueHashes() {
    }

    public static List<ValueHash> of(String tenantKey, List<Finding> findings, List<ScanField> fields, int cap) {
        Set<String> comparable = new LinkedHashSet<>();
        Map<String, ScanField> byPath = new HashMap<>();
        fields.forEach(field -> byPath.putIfAbsent(field.path(), field));
        for (Finding finding : findings) {
            ScanField field = byPath.get(finding.path());
            if (field != null && finding.end() <= field.text().length() && comparable.size() < cap) {
                ComparableValues.ofValue(field.text().substring(finding.start(), finding.end()))
                        .ifPresent(comparable::add);
            }
        }
        for (ScanField field : fields) {
            if (comparable.size() >= cap) {
                break;
            }
            Optional<String> fragment = ComparableValues.ofFragment(field.text());
            fragment.ifPresent(comparable::add);
        }
        return comparable.stream().map(text -> TenantValueHashes.of(tenantKey, text)).toList();
    }
}
