package io.interven.plugin.secrets;

import io.interven.spi.Finding;
import io.interven.spi.ScanField;
import java.util.Set;

/**
 * A secret found by one rule in a piece of text: the span of the secret itself, never its value.
 *
 * @param ruleId        the rule that matched
 * @param entityType    for example {@code GITHUB_TOKEN}
 * @param issuerDomains domains of the service that issued the credential; empty when unknown
 * @param start         first character of the secret (inclusive)
 * @param end           end of the secret (exclusive)
 * @param confidence    0.0 to 1.0
 */
record SecretMatch(String ruleId, String entityType, Set<String> issuerDomains, int start, int end, double confidence) {
    SecretMatch {
        issuerDomains = Set.copyOf(issuerDomains);
    }

    boolean liesWithin(SecretMatch other) {
        return other.start <= start && end <= other.end;
    }

    int length() {
        return end - start;
    }

    /** The same match, moved to another span (used when the secret was found inside decoded text). */
    SecretMatch at(int newStart, int newEnd) {
        return new SecretMatch(ruleId, entityType, issuerDomains, newStart, newEnd, confidence);
    }

    /** The same match with these issuer domains. */
    SecretMatch withIssuerDomains(Set<String> domains) {
        return new SecretMatch(ruleId, entityType, domains, start, end, confidence);
    }

    Finding toFinding(ScanField field) {
        return field.credentialFinding(entityType, start, end, confidence, ruleId, issuerDomains);
    }
}
