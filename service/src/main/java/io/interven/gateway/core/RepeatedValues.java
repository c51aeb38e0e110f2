package io.interven.gateway.core;

import io.interven.gateway.core.normalize.NormalizedField;
import io.interven.gateway.core.normalize.TextNormalizer;
import io.interven.spi.Finding;
import io.interven.spi.ScanField;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A value found once is sensitive wherever else it appears in the same call. Detectors see one field at a time,
 * so a name found from its {@code full_name} key, or a key found next to its {@code aws_secret} keyword, would
 * otherwise pass unredacted where prose repeats it ("Hi Amara, ..."). This adds a finding for every other
 * whole-word occurrence. Values are compared in their normalized form (as detectors see them), so a repeat
 * written with other invisible characters, full-width letters or look-alikes is found too, and redacted in its
 * original spelling. Values stay in memory only.
 */
final class RepeatedValues {
    static final int MIN_LENGTH = 5;
    static final String RULE_SUFFIX = "+repeated";

    private RepeatedValues() {
    }

    static List<Finding> withRepeats(List<Finding> data, List<ScanField> fields) {
        if (data.isEmpty()) {
            return data;
        }
        Map<String, ScanField> byPath = new HashMap<>();
        fields.forEach(field -> byPath.putIfAbsent(field.path(), field));
        Map<String, Finding> values = new LinkedHashMap<>();
        for (Finding finding : data) {
            ScanField field = byPath.get(finding.path());
            if (field != null && finding.end() <= field.text().length()) {
                String value = TextNormalizer.normalizedString(field.text().substring(finding.start(), finding.end()));
                if (value.length() >= MIN_LENGTH) {
                    values.putIfAbsent(value, finding);
                }
            }
        }
        if (values.isEmpty()) {
            return data;
        }
        List<NormalizedField> normalized = new ArrayList<>(fields.size());
        fields.forEach(field -> normalized.add(NormalizedField.of(field)));
        List<Finding> all = new ArrayList<>(data);
        for (Map.Entry<String, Finding> value : values.entrySet()) {
            for (NormalizedField field : normalized) {
                addOccurrences(value.getKey(), value.getValue(), field, all);
            }
        }
        return all;
    }

    private static void addOccurrences(String value, Finding origin, NormalizedField field, List<Finding> all) {
        String text = field.text();
        String path = field.original().path();
        for (int at = text.indexOf(value); at >= 0; at = text.indexOf(value, at + 1)) {
            int end = at + value.length();
            if (!isWholeWord(text, at, end)) {
                continue;
            }
            int start = field.originalStart(at);
            int originalEnd = field.originalEnd(end);
            if (!covered(all, path, start, originalEnd)) {
                all.add(new Finding(origin.entityType(), origin.dataClass(), path, field.original().location(), start,
                        originalEnd, origin.confidence(), origin.ruleId() + RULE_SUFFIX, origin.issuerDomains()));
            }
        }
    }

    private static boolean isWholeWord(String text, int start, int end) {
        return (start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1)))
                && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
    }

    private static boolean covered(List<Finding> findings, String path, int start, int end) {
        for (Finding f : findings) {
            if (f.path().equals(path) && f.start() <= start && f.end() >= end) {
                return true;
            }
        }
        return false;
    }
}
