package io.interven.plugin.secrets;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One provider of {@code providers.tsv}: a service whose tokens have no format of their own, recognized by its name
 * in the name a value is assigned to ({@code ADZUNA_APP_KEY=...}, {@code "zenrows_api_key": "..."}) and by the shape
 * of the value.
 *
 * @param id            lower case, {@code [a-z0-9][a-z0-9-]*}; the rule id of its findings is {@link #ruleId()}
 * @param keywords      the provider's name as it appears in variable names, lower case
 * @param shape         the shape of its tokens
 * @param minEntropy    Shannon bits per character a value needs
 * @param issuerDomains where its tokens are sent when used properly
 * @param examples      texts that must yield exactly their secret, and texts that must yield nothing of this entry
 */
record ProviderEntry(String id, List<String> keywords, TokenShape shape, double minEntropy, Set<String> issuerDomains,
                     RuleExamples examples) {
    static final double CONFIDENCE = 0.8;

    ProviderEntry {
        keywords = List.copyOf(keywords);
        issuerDomains = Set.copyOf(issuerDomains);
    }

    String ruleId() {
        return id + "-key-by-name";
    }

    /** {@code <ID>_API_KEY}, with the id's dashes as underscores. */
    String entityType() {
        return id.replace('-', '_').toUpperCase(Locale.ROOT) + "_API_KEY";
    }
}
