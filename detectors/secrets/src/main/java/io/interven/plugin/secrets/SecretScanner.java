package io.interven.plugin.secrets;

import io.interven.spi.FieldLocation;
import io.interven.spi.Finding;
import io.interven.spi.ScanField;
import java.util.ArrayList;
import java.util.List;

/**
 * Scans one field: the keyword-gated text rules (provider rules, assignments, Basic credentials), then the key-name
 * rule, then overlap resolution. {@code GENERIC_SECRET}s (credentials of unknown issuer) in request headers are
 * dropped: there they authenticate the call itself rather than leave with it.
 */
final class SecretScanner {
    private final KeywordGatedRules textRules;
    private final KeyNameSecretRule keyNameRule = new KeyNameSecretRule();

    SecretScanner(List<PatternSecretRule> providerRules) {
        KeywordGatedRules providers = new KeywordGatedRules(providerRules);
        List<TextSecretRule> all = new ArrayList<>(providerRules);
        all.add(new AssignmentSecretRule());
        all.add(new BasicAuthSecretRule(providers));
        this.textRules = new KeywordGatedRules(all);
    }

    List<Finding> scan(ScanField field) {
        List<SecretMatch> matches = new ArrayList<>(textRules.findIn(field.text()));
        keyNameRule.findIn(field).ifPresent(matches::add);
        if (field.location() == FieldLocation.HEADER) {
            matches.removeIf(match -> match.entityType().equals(KeyNameSecretRule.ENTITY_TYPE));
        }
        return OverlapResolver.resolve(matches).stream().map(match -> match.toFinding(field)).toList();
    }
}
