package io.interven.spi;

import java.util.Set;

/**
 * One piece of text that detectors examine, already cut out of the call.
 *
 * @param path     where the text sits: {@code url}, {@code query.q}, {@code headers.Authorization}, or a JSON path
 *                 such as {@code $.blocks[2].text} for the body. Findings report spans relative to {@link #text}.
 * @param location which part of the call the text came from
 * @param key      the name the text was filed under (JSON key, header name, query parameter); useful context,
 *                 {@code null} when there is none (the URL, a bare string body)
 * @param text     the text itself, never null
 */
public record ScanField(String path, FieldLocation location, String key, String text) {
    public ScanField {
        Require.nonBlank(path, "path");
        Require.nonNull(location, "location");
        Require.nonNull(text, "text");
    }

    /** A finding of {@code text.substring(start, end)} in this field. */
    public Finding finding(String entityType, String dataClass, int start, int end, double confidence, String ruleId) {
        return new Finding(entityType, dataClass, path, location, start, end, confidence, ruleId, Set.of());
    }

    /** A finding of a credential issued by the service at {@code issuerDomains} (for example {@code github.com}). */
    public Finding credentialFinding(String entityType, int start, int end, double confidence, String ruleId,
                                     Set<String> issuerDomains) {
        return new Finding(entityType, DataClasses.SECRETS, path, location, start, end, confidence, ruleId,
                issuerDomains);
    }
}
