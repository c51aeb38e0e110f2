package io.interven.plugin.secrets;

import io.interven.plugin.secrets.RuleExamples.MatchExample;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Parses {@code providers.tsv}: one provider a line, eight tab-separated columns, {@code #} lines are comments.
 *
 * <pre>
 * id  keywords  shape  min_entropy  issuer_domains  secret  match  no_match
 * </pre>
 *
 * {@code keywords} and {@code issuer_domains} are comma-separated; {@code min_entropy} is a number or {@code -} (the
 * shape's default); {@code match} and {@code no_match} are example texts separated by {@code " ;; "}, in which
 * {@code {}} stands for {@code secret}. Every match example must yield {@code secret}, exactly, as this provider's.
 */
final class ProviderFileParser {
    static final String EXAMPLE_SEPARATOR = " ;; ";
    private static final int COLUMNS = 8;
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Pattern KEYWORD = Pattern.compile("[a-z0-9][a-z0-9 ._\\-]{2,39}");
    private static final Pattern DOMAIN = Pattern.compile("[a-z0-9][a-z0-9.\\-]*\\.[a-z]{2,}");

    private ProviderFileParser() {
    }

    static List<ProviderEntry> parse(String file, String text) {
        List<ProviderEntry> entries = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        String[] lines = text.split("\r?\n");
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t", -1);
            String id = columns[0].strip();
            String where = file + ":" + (n + 1);
            if (columns.length != COLUMNS) {
                throw new SecretRuleException(where, id, "has " + columns.length + " columns, not " + COLUMNS);
            }
            if (!ID.matcher(id).matches()) {
                throw new SecretRuleException(where, id, "id must match " + ID.pattern());
            }
            if (!ids.add(id)) {
                throw new SecretRuleException(where, id, "id already used");
            }
            try {
                entries.add(entry(id, columns));
            } catch (IllegalArgumentException e) {
                throw new SecretRuleException(where, id, e.getMessage(), e);
            }
        }
        return entries;
    }

    private static ProviderEntry entry(String id, String[] columns) {
        List<String> keywords = list(columns[1], ",");
        for (String keyword : keywords) {
            if (!KEYWORD.matcher(keyword).matches()) {
                throw new IllegalArgumentException("keyword '" + keyword + "' must match " + KEYWORD.pattern());
            }
        }
        if (keywords.isEmpty()) {
            throw new IllegalArgumentException("no keywords");
        }
        TokenShape shape = TokenShape.parse(columns[2].strip());
        String entropy = columns[3].strip();
        double minEntropy = entropy.equals("-") ? shape.defaultMinEntropy() : Double.parseDouble(entropy);
        List<String> domains = list(columns[4], ",");
        for (String domain : domains) {
            if (!DOMAIN.matcher(domain).matches()) {
                throw new IllegalArgumentException("issuer domain '" + domain + "' is not a domain");
            }
        }
        String secret = columns[5].strip();
        if (!shape.fits(secret)) {
            throw new IllegalArgumentException("example secret does not fit shape " + shape.name());
        }
        List<MatchExample> match = new ArrayList<>();
        for (String template : list(columns[6], EXAMPLE_SEPARATOR)) {
            if (!template.contains("{}")) {
                throw new IllegalArgumentException("match example without {}: " + template);
            }
            match.add(new MatchExample(template.replace("{}", secret), secret));
        }
        List<String> noMatch = list(columns[7], EXAMPLE_SEPARATOR).stream().map(t -> t.replace("{}", secret)).toList();
        if (match.isEmpty() || noMatch.isEmpty()) {
            throw new IllegalArgumentException("needs at least one match and one no_match example");
        }
        return new ProviderEntry(id, keywords, shape, minEntropy, new HashSet<>(domains),
                new RuleExamples(match, noMatch));
    }

    private static List<String> list(String column, String separator) {
        String stripped = column.strip();
        if (stripped.isEmpty() || stripped.equals("-")) {
            return List.of();
        }
        return Arrays.stream(stripped.split(Pattern.quote(separator))).map(String::strip).filter(s -> !s.isEmpty())
                .toList();
    }
}
