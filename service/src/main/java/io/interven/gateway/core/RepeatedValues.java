package io.interven.gateway.core;

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
 * whole-word occurrence. Values stay in memory only.
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
            if (field != null && finding.length() >= MIN_LENGTH && finding.end() <= field.text().length()) {
                values.putIfAbsent(field.text().substring(finding.start(), finding.end()), finding);
            }
        }
        List<Finding> all = new ArrayList<>(data);
        for (Map.Entry<String, Finding> value : values.entrySet()) {
            for (ScanField field : fields) {
                addOccurrences(value.getKey(), value.getValue(), field, all);
            }
        }
        return all;
    }

    private static void addOccurrences(String value, Finding origin, ScanField field, List<Finding> all) {
        String text = field.text();
        for (int at = text.indexOf(value); at >= 0; at = text.indexOf(value, at + 1)) {
            int end = at + value.length();
            if (isWholeWord(text, at, end) && !covered(all, field.path(), at, end)) {
                all.add(new Finding(origin.entityType(), origin.dataClass(), field.path(), field.location(), at, end,
                        origin.confidence(), origin.ruleId() + RULE_SUFFIX, origin.issuerDomains()));
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
