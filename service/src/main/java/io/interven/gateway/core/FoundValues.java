package io.interven.gateway.core;

import io.interven.gateway.core.fields.HeaderNameSlot;
import io.interven.gateway.core.fields.SpanRedactor;
import io.interven.spi.FieldLocation;
import io.interven.spi.Finding;
import io.interven.spi.ScanField;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The values a scan found, in memory only, to keep them out of the texts that describe the call: a value that also
 * appears in a finding's path, the host, the URL path, the agent name or a signal's detail is replaced there by its
 * marker. A value found in the words of a dashed header name counts in the name's own spelling too (with its dashes,
 * as paths quote the name). A value matches ignoring case and where the text percent-encodes it. Values shorter than
 * {@value #MIN_LENGTH} characters are not searched (they would mark harmless text). Candidates are looked up by
 * their first {@value #MIN_LENGTH} characters ({@link ValuePrefixes}), so a redaction costs one hash look-up per
 * character of the text and allocates nothing where no value starts.
 */
final class FoundValues {
    static final int MIN_LENGTH = ValuePrefixes.KEY_LENGTH;
    static final FoundValues NONE = new FoundValues(null);

    private record Value(String folded, String entityType) {
    }

    /** The values by their first {@link #MIN_LENGTH} characters; null when there are none. */
    private final ValuePrefixes<Value> byPrefix;
    private final Map<String, String> redacted = new HashMap<>();

    private FoundValues(ValuePrefixes<Value> byPrefix) {
        this.byPrefix = byPrefix;
    }

    /** The text of every finding, read from its field. */
    static FoundValues of(List<Finding> findings, List<ScanField> fields) {
        if (findings.isEmpty()) {
            return NONE;
        }
        Map<String, ScanField> byPath = new HashMap<>();
        fields.forEach(field -> byPath.putIfAbsent(field.path(), field));
        ValuePrefixes.Builder<Value> byPrefix = new ValuePrefixes.Builder<>();
        Map<String, Boolean> seen = new HashMap<>();
        for (Finding finding : findings) {
            ScanField field = byPath.get(finding.path());
            if (field == null || finding.end() > field.text().length()) {
                continue;
            }
            List<String> raws = new ArrayList<>(2);
            raws.add(field.text().substring(finding.start(), finding.end()));
            ScanField name = byPath.get(HeaderNameSlot.nameOf(finding.path()));
            if (name != null && name.text().length() == field.text().length()) {
                // found in a header name's words: the path quotes the name, with its dashes
                raws.add(name.text().substring(finding.start(), finding.end()));
            }
            for (String raw : raws) {
                for (String exact : List.of(fold(raw), FoldedText.of(raw).text())) {
                    if (exact.length() >= MIN_LENGTH && seen.put(exact, Boolean.TRUE) == null) {
                        byPrefix.add(exact, new Value(exact, finding.entityType()));
                    }
                }
            }
        }
        return byPrefix.isEmpty() ? NONE : new FoundValues(byPrefix.build());
    }

    boolean isEmpty() {
        return byPrefix == null;
    }

    /** {@code text} with every found value in it replaced by its marker; null stays null. */
    String redact(String text) {
        if (text == null || text.length() < MIN_LENGTH || byPrefix == null) {
            return text;
        }
        return redacted.computeIfAbsent(text, this::redactUncached);
    }

    private String redactUncached(String text) {
        FoldedText folded = FoldedText.of(text);
        String search = folded.text();
        List<Finding> spans = new ArrayList<>();
        long key = 0;
        for (int i = 0; i < MIN_LENGTH - 1 && i < search.length(); i++) {
            key = ValuePrefixes.roll(key, search.charAt(i));
        }
        for (int at = 0; at + MIN_LENGTH <= search.length(); at++) {
            key = ValuePrefixes.roll(key, search.charAt(at + MIN_LENGTH - 1));
            List<Value> candidates = byPrefix.get(key);
            if (candidates == null) {
                continue;
            }
            for (Value value : candidates) {
                if (search.startsWith(value.folded(), at)) {
                    int[] span = folded.originalSpan(at, at + value.folded().length());
                    spans.add(new Finding(value.entityType(), "FOUND", "text", FieldLocation.BODY, span[0], span[1],
                            1.0, "found-value", null));
                }
            }
        }
        return spans.isEmpty() ? text : SpanRedactor.redact(text, spans).text();
    }

    /** Lower case character by character, as {@link FoldedText} folds the searched text. */
    private static String fold(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            out.append(Character.toLowerCase(value.charAt(i)));
        }
        return out.toString();
    }
}
