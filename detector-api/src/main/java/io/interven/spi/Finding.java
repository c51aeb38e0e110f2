package io.interven.spi;

import java.util.Set;

/**
 * Something a detector found. It names where the value is (field path and span), never the value itself.
 * Detectors usually build findings with {@link ScanField#finding} or {@link ScanField#credentialFinding}.
 *
 * @param entityType    fine-grained type such as {@code GITHUB_TOKEN} or {@code EMAIL_ADDRESS}
 * @param dataClass     coarse class such as {@link DataClasses#SECRETS} or {@link DataClasses#PII}
 * @param path          the {@link ScanField#path()} of the field the value is in
 * @param location      the {@link ScanField#location()} of that field
 * @param start         first character of the value in the field's text (inclusive)
 * @param end           end of the value in the field's text (exclusive)
 * @param confidence    0.0 to 1.0
 * @param ruleId        the rule or recognizer that matched, for explanations
 * @param issuerDomains for credentials: the domains of the service that issued it (for example {@code github.com}).
 *                      A credential sent to its own issuer authenticates the call and is not data leaving it.
 *                      Empty when unknown or not a credential.
 */
public record Finding(String entityType, String dataClass, String path, FieldLocation location, int start, int end,
                      double confidence, String ruleId, Set<String> issuerDomains) {
    public Finding {
        Require.nonBlank(entityType, "entityType");
        Require.nonBlank(dataClass, "dataClass");
        Require.nonBlank(path, "path");
        Require.nonNull(location, "location");
        Require.nonBlank(ruleId, "ruleId");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("span must satisfy 0 <= start < end, was [" + start + ", " + end + ")");
        }
        Require.unitInterval(confidence, "confidence");
        issuerDomains = issuerDomains == null ? Set.of() : Set.copyOf(issuerDomains);
    }

    /** Length of the found value in characters. */
    public int length() {
        return end - start;
    }

    /** True when this is a credential whose issuer is known. */
    public boolean isIssuedCredential() {
        return !issuerDomains.isEmpty();
    }
}
