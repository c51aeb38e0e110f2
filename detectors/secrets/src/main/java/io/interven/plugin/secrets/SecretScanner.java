package io.interven.plugin.secrets;

import io.interven.spi.FieldLocation;
import io.interven.spi.Finding;
import io.interven.spi.ScanField;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Scans one field: the keyword-gated text rules (provider rules, the long tail of providers by name, assignments,
 * Basic credentials, tokens cut by white space or wrapped over lines) over its text, and tokens written backwards or with a letter cipher
 * ({@link TransformedTokenRule}, over every run of token characters); the
 * provider rules once more over {@code key=text}, so that a context rule finds a value filed under its name
 * ({@code {"aws_secret_access_key": "..."}}); then the key-name rule and overlap resolution.
 * {@code GENERIC_SECRET}s (credentials of unknown issuer) in request headers are dropped: there they authenticate
 * the call itself rather than leave with it. A JSON Web Token of a well-known identity provider gets that provider's
 * API hosts as its issuer ({@link JwtIssuerDomains}).
 */
final class SecretScanner {
    private static final String JWT = "JWT";
    private final KeywordGatedRules providerRules;
    private final KeywordGatedRules textRules;
    private final KeyNameSecretRule keyNameRule = new KeyNameSecretRule();
    private final TransformedTokenRule transformedTokens;

    SecretScanner(List<PatternSecretRule> rules) {
        this(rules, List.of());
    }

    /**
     * @param rules     the rules written as data
     * @param providers the long tail of providers ({@code providers.tsv}), found by name and shape
     */
    SecretScanner(List<PatternSecretRule> rules, List<ProviderEntry> providers) {
        List<TextSecretRule> byProvider = new ArrayList<>(rules);
        if (!providers.isEmpty()) {
            byProvider.add(new ProviderKeywordRule(providers));
        }
        this.providerRules = new KeywordGatedRules(byProvider);
        List<TextSecretRule> all = new ArrayList<>(byProvider);
        all.add(new AssignmentSecretRule());
        all.add(new BasicAuthSecretRule(providerRules));
        all.add(new KeyValueAttributeSecretRule());
        all.add(new KubernetesSecretRule(providerRules));
        all.add(new SplitChecksumTokenRule());
        WrappedTokenRule wrapped = WrappedTokenRule.of(rules, providerRules);
        if (!wrapped.keywords().isEmpty()) {
            all.add(wrapped);
        }
        this.textRules = new KeywordGatedRules(all);
        this.transformedTokens = TransformedTokenRule.of(rules, providerRules);
    }

    List<Finding> scan(ScanField field) {
        List<SecretMatch> inText = textRules.findIn(field.text());
        List<SecretMatch> transformed = transformedTokens.findIn(field.text());
        List<SecretMatch> inNamedValue = providerRules.findInNamedValue(field.key(), field.text());
        Optional<SecretMatch> underKeyName = keyNameRule.findIn(field);
        if (inText.isEmpty() && transformed.isEmpty() && inNamedValue.isEmpty() && underKeyName.isEmpty()) {
            return List.of();
        }
        List<SecretMatch> matches = new ArrayList<>(inText);
        matches.addAll(transformed);
        matches.addAll(inNamedValue);
        underKeyName.ifPresent(matches::add);
        if (field.location() == FieldLocation.HEADER) {
            matches.removeIf(match -> match.entityType().equals(KeyNameSecretRule.ENTITY_TYPE));
        }
        return OverlapResolver.resolve(matches).stream().map(match -> withJwtIssuer(match, field.text()))
                .map(match -> match.toFinding(field)).toList();
    }

    private static SecretMatch withJwtIssuer(SecretMatch match, String text) {
        if (!match.entityType().equals(JWT) || !match.issuerDomains().isEmpty()) {
            return match;
        }
        if (match.end() > text.length()) {
            return match;
        }
        Set<String> issuer = JwtIssuerDomains.of(text.substring(match.start(), match.end()));
        return issuer.isEmpty() ? match : match.withIssuerDomains(issuer);
    }
}
